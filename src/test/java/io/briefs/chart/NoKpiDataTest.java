package io.briefs.chart;

import io.briefs.narrative.Style;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.briefs.TestData;
import io.briefs.diag.Diagnostics;
import io.briefs.load.DatasetLoader;
import io.briefs.metrics.MetricsDeriver;
import io.briefs.model.CompanyData;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A company that declares KPIs but discloses none gets no KPI chart (this once looped forever). */
class NoKpiDataTest {
  @TempDir Path dir;

  @Test
  void declaredButUndisclosedKpisMakeNoChart() {
    TestData data = TestData.in(dir).quarter("FY2025-Q1",
        "period_end: 2025-03-31\nreported: 2025-04-24\nunits: millions\nresults: { revenue: 100 }\n");
    CompanyData c = new DatasetLoader(new Diagnostics()).load(data.root()).companies().get(0);
    var charts = assertTimeoutPreemptively(Duration.ofSeconds(30),
        () -> ChartPlanner.forBrief(c, MetricsDeriver.derive(c, c.quarters().get(0)), Style.defaults()));
    assertThat(charts).extracting(ChartSpec::id).doesNotContain("kpis");
  }
}
