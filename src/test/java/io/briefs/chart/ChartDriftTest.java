package io.briefs.chart;

import io.briefs.narrative.Style;
import static io.briefs.chart.ChartFixture.ACME;
import static io.briefs.chart.ChartFixture.SAMPLE;
import static io.briefs.chart.ChartFixture.USD;
import static org.assertj.core.api.Assertions.assertThat;

import io.briefs.metrics.Fact;
import io.briefs.model.CompanyData;
import io.briefs.model.Quarter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every charted value is its metric: a value that drifts from the data fails here. */
class ChartDriftTest {
  static Stream<Arguments> briefs() {
    List<Arguments> out = new ArrayList<>();
    for (CompanyData data : List.of(ChartFixture.load(SAMPLE), ChartFixture.load(ACME))) {
      for (Quarter q : data.quarters()) {
        out.add(Arguments.of(data.company().id() + " " + q.period(), data, q));
      }
    }
    return out.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("briefs")
  void everyPointEqualsItsFigureAsTheReleaseSeesIt(String name, CompanyData data, Quarter q) {
    ChartAudit audit = new ChartAudit(data, q);
    List<ChartSpec> charts = ChartPlanner.forBrief(data, ChartFixture.metrics(data, q.period().label()), Style.defaults());
    // the first releases have too little history for a chart (ChartPlannerTest); the rest have one
    boolean early = data.quarters().indexOf(q) == 0 || data.company().id().equals("acme") && data.quarters().indexOf(q) < 2;
    assertThat(charts.isEmpty()).as("charts of %s", name).isEqualTo(early);
    for (ChartSpec c : charts) {
      assertThat(audit.check(c)).as(c.id()).isEmpty();
    }
  }

  @Test
  void companyPageChartsToo() {
    CompanyData dell = ChartFixture.load(SAMPLE);
    ChartAudit audit = new ChartAudit(dell, dell.quarters().get(dell.quarters().size() - 1));
    ChartPlanner.forCompany(dell, Style.defaults()).stream().filter(c -> !c.id().equals("company-revenue-by-year"))
        .forEach(c -> assertThat(audit.check(c)).as(c.id()).isEmpty());
  }

  /** The audit itself catches a point that drifted by a million, or one moved to another quarter. */
  @Test
  void anAlteredSpecIsCaught() {
    CompanyData dell = ChartFixture.load(SAMPLE);
    Quarter q = ChartFixture.quarter(dell, "FY2026-Q1");
    ChartSpec segments = ChartFixture.chart(ChartFixture.brief(dell, "FY2026-Q1"), "revenue-by-segment");
    ChartAudit audit = new ChartAudit(dell, q);
    assertThat(audit.check(segments)).isEmpty();

    Fact isg = segments.series().get(0).points().get(2);
    Fact drifted = new Fact(isg.id(), isg.value().add(new BigDecimal("1000000")), isg.unit(), isg.formula(), isg.inputs());
    assertThat(audit.check(replace(segments, 0, 2, drifted)))
        .containsExactly("revenue-by-segment / ISG / Q3 FY2025 (segments.isg.revenue@FY2025-Q3): charted 11369000000,"
            + " the data says 11368000000");

    Fact moved = segments.series().get(0).points().get(1);
    assertThat(audit.check(replace(segments, 0, 2, moved))).anyMatch(p -> p.contains("in the column of Q3 FY2025"));
  }

  /** Each chart's table shows its series at the chart's precision, cell by cell. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("briefs")
  void tablesShowTheSeries(String name, CompanyData data, Quarter q) {
    for (ChartSpec c : ChartPlanner.forBrief(data, ChartFixture.metrics(data, q.period().label()), Style.defaults())) {
      ChartTable t = ChartTable.of(c, USD);
      assertThat(t.rows()).hasSize(c.categories().size());
      for (int s = 0; s < c.series().size(); s++) {
        assertThat(t.columns().get(s + 1)).isEqualTo(c.series().get(s).name());
        for (int i = 0; i < c.categories().size(); i++) {
          Fact p = c.series().get(s).points().get(i);
          String cell = t.rows().get(i).get(s + 1);
          assertThat(cell).isEqualTo(p == null ? "\u2013" : ChartText.format(c, USD).format(p.value(), USD));
        }
      }
    }
  }

  private static ChartSpec replace(ChartSpec spec, int series, int index, Fact point) {
    List<Series> all = new ArrayList<>(spec.series());
    List<Fact> points = new ArrayList<>(all.get(series).points());
    points.set(index, point);
    all.set(series, new Series(all.get(series).name(), points));
    return new ChartSpec(spec.id(), spec.kind(), spec.title(), spec.description(), spec.categories(), all,
        spec.unit(), spec.labels(), spec.highlights());
  }
}
