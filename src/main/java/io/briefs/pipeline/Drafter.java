package io.briefs.pipeline;

import io.briefs.build.Timings;
import io.briefs.build.Timings.Stage;
import io.briefs.chart.ChartPlanner;
import io.briefs.chart.ChartSpec;
import io.briefs.diag.Diagnostics;
import io.briefs.metrics.BriefMetrics;
import io.briefs.metrics.MetricsDeriver;
import io.briefs.model.CompanyData;
import io.briefs.model.Quarter;
import io.briefs.narrative.Brief;
import io.briefs.narrative.BriefWriter;
import io.briefs.narrative.Numbers;
import io.briefs.narrative.Style;
import java.util.List;

/**
 * The words and charts of one brief, short of rendering them: metrics, words, chart plans. What
 * {@code validate} checks and what {@code build} renders are drafted by this one class, so the two
 * give the same diagnostics.
 */
final class Drafter {
  private final Style style;
  private final Timings timings;

  Drafter(Style style, Timings timings) {
    this.style = style;
    this.timings = timings;
  }

  /** Derives the metrics, writes the words and plans the charts of one brief. */
  Draft draft(CompanyData data, Quarter quarter, Diagnostics diagnostics) {
    // segments named as they were called in the brief's quarter, in words and charts alike
    CompanyData company = data.asOf(quarter.period());
    BriefMetrics metrics = timings.time(Stage.METRICS, () -> MetricsDeriver.derive(company, quarter));
    Brief brief = timings.time(Stage.NARRATIVE, () -> new BriefWriter(style).write(metrics, diagnostics));
    List<ChartSpec> charts = timings.time(Stage.CHARTS, () -> ChartPlanner.forBrief(company, metrics, style));
    return new Draft(company, quarter, metrics, brief, charts, new Numbers(company.company().currency()));
  }
}
