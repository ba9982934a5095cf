package io.briefs.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import io.briefs.chart.ChartKind;
import io.briefs.chart.ChartSpec;
import io.briefs.chart.Series;
import io.briefs.diag.Diagnostic;
import io.briefs.metrics.Fact;
import io.briefs.metrics.FactUnit;
import io.briefs.model.SourceLoc;
import io.briefs.narrative.Brief;
import io.briefs.narrative.Direction;
import io.briefs.narrative.Numbers;
import io.briefs.narrative.Prose;
import io.briefs.narrative.DisplayForm;
import io.briefs.narrative.Style;
import io.briefs.narrative.Table;
import io.briefs.render.BriefPage;
import io.briefs.render.ChartView;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The consistency gate catches what must never be published. */
class GateTest {
  private static final SourceLoc AT = new SourceLoc("dell/fy2026-q1.yaml", 18, 14);
  private final Numbers numbers = new Numbers("USD");
  private final ConsistencyGate gate = new ConsistencyGate(numbers);
  private final Fact revenue = Fact.reported("segments.isg.revenue", new BigDecimal("10317E6"), FactUnit.MONEY, AT);
  private final Fact growth = new Fact("segments.isg.revenue.yoy_pct", new BigDecimal("11.81"), FactUnit.PERCENT,
      "(10317000000 - 9227000000) / 9227000000 * 100", List.of(AT));

  private Brief brief(Prose p) {
    return new Brief(p, new Prose.Builder(numbers).build(), List.of(),
        new Table("Key figures", List.of(""), List.of()));
  }

  @Test
  void honestProsePasses() {
    Prose p = new Prose.Builder(numbers).text("ISG revenue ").word(growth, Direction.UP, "climbed", Style.defaults().band()).text(" ")
        .num(growth, DisplayForm.GROWTH).text(" to ").num(revenue, DisplayForm.MONEY).build();
    assertThat(gate.check(brief(p))).isEmpty();
  }

  @Test
  void catchesADirectionWordThatContradictsItsMetric() {
    Prose p = new Prose.Builder(numbers).text("ISG revenue ").word(growth, Direction.DOWN, "fell", Style.defaults().band()).text(" ")
        .num(growth, DisplayForm.GROWTH).build();
    List<Diagnostic> d = gate.check(brief(p));
    assertThat(d).hasSize(1);
    assertThat(d.get(0).format()).isEqualTo("dell/fy2026-q1.yaml:18:14: error: consistency: \"fell\" says down"
        + " but segments.isg.revenue.yoy_pct is 11.81, which reads up: in \"ISG revenue fell 12%\"");
  }

  @Test
  void catchesAFlatWordOnAMovingFigure() {
    Prose p = new Prose.Builder(numbers).word(growth, Direction.FLAT, "was flat", Style.defaults().band()).build();
    assertThat(gate.check(brief(p))).hasSize(1);
  }

  @Test
  void catchesADisplayedValueOffByOneUnit() {
    Prose p = new Prose.Builder(numbers).text("ISG revenue was ").num(revenue, DisplayForm.MONEY, "$10.4 billion").build();
    List<Diagnostic> d = gate.check(brief(p));
    assertThat(d).extracting(Diagnostic::message).containsExactly("consistency: shows \"$10.4 billion\" for"
        + " segments.isg.revenue, whose value 10317000000 reads \"$10.3 billion\": in \"ISG revenue was $10.4 billion\"");
  }

  @Test
  void catchesAChartSeriesThatDiffersFromItsTable() {
    Fact q1 = Fact.reported("charts.x.isg.fy2026-q1", new BigDecimal("10317E6"), FactUnit.MONEY, AT);
    Fact q3 = Fact.reported("charts.x.isg.fy2026-q3", new BigDecimal("16.80E9"), FactUnit.MONEY, AT);
    List<Fact> points = new ArrayList<>();
    points.add(q1);
    points.add(null);
    points.add(q3);
    ChartSpec spec = new ChartSpec("revenue", ChartKind.STACKED_BAR, "Revenue", new Prose.Builder(numbers).text("d").build(),
        List.of("Q1 FY26", "Q2 FY26", "Q3 FY26"), List.of(new Series("ISG", points)), FactUnit.MONEY, List.of(), List.of());
    BriefPage.TableView good = new BriefPage.TableView("Revenue (data)", List.of("Quarter", "ISG"), List.of(
        new BriefPage.RowView("Q1 FY26", List.of("$10.3 billion")),
        new BriefPage.RowView("Q2 FY26", List.of("\u2013")),
        new BriefPage.RowView("Q3 FY26", List.of("$16.8 billion"))));
    assertThat(gate.check(List.of(spec), page(good))).isEmpty();
    BriefPage.TableView drifted = new BriefPage.TableView("Revenue (data)", List.of("Quarter", "ISG"), List.of(
        new BriefPage.RowView("Q1 FY26", List.of("$10.3 billion")),
        new BriefPage.RowView("Q2 FY26", List.of("$0")),
        new BriefPage.RowView("Q3 FY26", List.of("$16.9 billion"))));
    assertThat(gate.check(List.of(spec), page(drifted))).extracting(Diagnostic::message).containsExactly(
        "chart revenue: ISG in Q2 FY26 is \u2013 but its table shows $0",
        "chart revenue: ISG in Q3 FY26 is $16.8 billion but its table shows $16.9 billion");
  }

  private static BriefPage page(BriefPage.TableView table) {
    return new BriefPage("en", "t", "d", "k", new BriefPage.CompanyView("dell", "Dell", "Dell", "DELL", "NYSE",
        "../index.html"),
        "FY2026-Q1", "Q1 FY2026", "2025-05-29", "May 29, 2025", "h", "l", List.of(), table,
        List.of(new ChartView("revenue", "Revenue", "desc", null, table, "x")), List.of(),
        "dell-fy2026-q1.pdf", "../../", false, null, null, null, List.of());
  }
}
