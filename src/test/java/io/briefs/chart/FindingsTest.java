package io.briefs.chart;

import io.briefs.narrative.Style;
import static io.briefs.chart.ChartFixture.ACME;
import static io.briefs.chart.ChartFixture.SAMPLE;
import static io.briefs.chart.ChartFixture.USD;
import static org.assertj.core.api.Assertions.assertThat;

import io.briefs.metrics.Fact;
import io.briefs.metrics.FactUnit;
import io.briefs.model.CompanyData;
import io.briefs.model.FiscalQuarter;
import io.briefs.model.PeriodRef;
import io.briefs.model.SourceLoc;
import io.briefs.narrative.Direction;
import io.briefs.narrative.Prose;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The chart descriptions: what they find, and that their words never contradict the data. */
class FindingsTest {
  private static final Findings FINDINGS = new Findings(USD, Style.defaults().band());

  private static List<PeriodRef> quarters(int n) {
    List<PeriodRef> out = new ArrayList<>();
    for (FiscalQuarter q = new FiscalQuarter(2026, 1); out.size() < n; q = q.previous()) {
      out.add(0, q);
    }
    return out;
  }

  /** Money points in billions; null is a gap. */
  private static List<Fact> billions(String... values) {
    List<Fact> out = new ArrayList<>();
    for (int i = 0; i < values.length; i++) {
      out.add(values[i] == null ? null : new Fact("p" + i, new BigDecimal(values[i]).movePointRight(9),
          FactUnit.MONEY, "as reported", List.of(new SourceLoc("x.yaml", i + 1, 1))));
    }
    return out;
  }

  private static String trend(String name, List<Fact> points, Fact yoy) {
    return trend(name, points, yoy, Findings.Verbs.AMOUNT);
  }

  private static String balance(String name, List<Fact> points, Fact yoy) {
    return trend(name, points, yoy, Findings.Verbs.BALANCE);
  }

  private static String trend(String name, List<Fact> points, Fact yoy, Findings.Verbs verbs) {
    Prose.Builder b = new Prose.Builder(USD);
    FINDINGS.trend(b, name, points, quarters(points.size()), verbs, yoy);
    return b.build().text();
  }

  @Test
  void aRunOfRisesIsCountedToTheLatestValue() {
    assertThat(balance("ISG revenue", billions("8.1", "8.5", "9.0", "9.6", "10.0", "10.317"), null))
        .isEqualTo("ISG revenue rose in each of the last five quarters, to $10.3 billion.");
  }

  @Test
  void aRunOfFallsSaysFellAndAddsTheYearOnYearChange() {
    Fact yoy = new Fact("yoy", new BigDecimal("5.1"), FactUnit.PERCENT, "f", List.of());
    assertThat(balance("Revenue", billions("22.2", "25.0", "24.4", "23.9", "23.378"), yoy))
        .isEqualTo("Revenue fell in each of the last three quarters, to $23.4 billion, up 5% from a year earlier.");
  }

  /** A quarter's revenue is seasonal: three sequential falls are no trend; a year earlier is the basis. */
  @Test
  void aQuarterlyAmountIsNeverDescribedByItsSequentialRun() {
    Fact yoy = new Fact("yoy", new BigDecimal("5.1"), FactUnit.PERCENT, "f", List.of());
    assertThat(trend("Revenue", billions("22.2", "25.0", "24.4", "23.9", "23.378"), yoy))
        .isEqualTo("Revenue rose 5% from a year earlier to $23.4 billion in Q1 FY2026.")
        .doesNotContain("each of");
    assertThat(trend("ISG revenue", billions("8.1", "8.5", "9.0", "9.6", "10.0", "10.317"), null))
        .isEqualTo("ISG revenue reached $10.3 billion in Q1 FY2026, the highest of the six quarters shown.");
  }

  @Test
  void valuesThatReadTheSameAreNeverCalledARiseOrAFall() {
    // 11.368 and 11.35 differ but both read "$11.4 billion": no run, and "little changed"
    assertThat(trend("ISG revenue", billions("11.368", "11.35"), null))
        .isEqualTo("ISG revenue was $11.4 billion in Q1 FY2026, little changed from $11.4 billion in Q4 FY2025.");
  }

  @Test
  void aHighAndALowAreNamedWithHowManyQuartersHaveFigures() {
    assertThat(trend("Orders", billions("2.6", null, "3.6", "12.1"), null))
        .isEqualTo("Orders reached $12.1 billion in Q1 FY2026, the highest of the three quarters with figures.");
    assertThat(trend("AI server shipments", billions("3.1", "2.9", "3.2", "1.8"), null))
        .isEqualTo("AI server shipments were $1.8 billion in Q1 FY2026, the lowest of the four quarters shown.");
  }

  @Test
  void withoutAPatternTheLatestIsComparedWithAYearEarlierOrTheQuarterBefore() {
    assertThat(trend("Backlog", billions("4.0", "5.0", "4.5", "4.3", "4.4"), null))
        .isEqualTo("Backlog rose to $4.4 billion in Q1 FY2026 from $4.0 billion a year earlier.");
    assertThat(trend("Backlog", billions("3.8", "4.5"), null))
        .isEqualTo("Backlog rose to $4.5 billion in Q1 FY2026 from $3.8 billion in Q4 FY2025.");
    assertThat(trend("Backlog", billions("14.4"), null)).isEqualTo("Backlog was $14.4 billion in Q1 FY2026.");
  }

  /** Up from a year earlier but down from the quarter before: both are said, so the last step is not contradicted. */
  @Test
  void aTurnAtTheLastStepIsSaid() {
    assertThat(trend("Backlog", billions("4.0", "5.0", "4.5", "4.8", "4.4"), null))
        .isEqualTo("Backlog rose to $4.4 billion in Q1 FY2026 from $4.0 billion a year earlier,"
            + " though it fell from $4.8 billion in Q4 FY2025.");
    assertThat(trend("AI server shipments", billions("1.7", "3.1", "2.9", "2.1", "1.8"), null))
        .endsWith("from $1.7 billion a year earlier, though they fell from $2.1 billion in Q4 FY2025.");
  }

  @Test
  void aRunEndingBeforeTheLastQuarterSaysWhereItEnds() {
    assertThat(balance("Margin", billions("1", "2", "3", null), null))
        .isEqualTo("Margin rose in each of the two quarters to Q4 FY2025, to $3.0 billion.");
  }

  static Stream<ChartSpec> everyChart() {
    List<ChartSpec> all = new ArrayList<>();
    for (CompanyData data : List.of(ChartFixture.load(SAMPLE), ChartFixture.load(ACME))) {
      data.quarters().forEach(q -> all.addAll(ChartPlanner.forBrief(data, ChartFixture.metrics(data, q.period().label()), Style.defaults())));
      all.addAll(ChartPlanner.forCompany(data, Style.defaults()));
    }
    return all.stream();
  }

  /** Every direction word of every sample and fixture chart agrees with the sign of its fact. */
  @ParameterizedTest
  @MethodSource("everyChart")
  void directionWordsFollowTheSignOfTheirFacts(ChartSpec chart) {
    assertThat(chart.description().isEmpty()).isFalse();
    for (Prose.Word w : chart.description().words()) {
      int sign = w.fact().value().signum();
      if (w.direction() == Direction.UP) {
        assertThat(sign).as("%s: '%s' for %s", chart.id(), w.text(), w.fact()).isPositive();
      } else if (w.direction() == Direction.DOWN) {
        assertThat(sign).as("%s: '%s' for %s", chart.id(), w.text(), w.fact()).isNegative();
      }
      List<String> words = switch (w.direction()) {
        case UP -> List.of("rose", "widened", "up", "above");
        case DOWN -> List.of("fell", "narrowed", "down", "below");
        case FLAT -> List.of("little changed", "unchanged", "within", "in line with");
      };
      assertThat(words).as(chart.id()).contains(w.text());
    }
  }

  /** Each number in a description reads as its fact does in the chart's own formats. */
  @ParameterizedTest
  @MethodSource("everyChart")
  void numbersInDescriptionsAreTheirFacts(ChartSpec chart) {
    for (Prose.Num n : chart.description().numbers()) {
      assertThat(n.text()).isEqualTo(n.shown().format(n.fact().value(), USD));
    }
    assertThat(chart.descriptionText()).doesNotContain("null", "NaN").endsWith(".");
  }
}
