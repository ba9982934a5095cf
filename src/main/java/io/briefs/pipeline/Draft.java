package io.briefs.pipeline;

import io.briefs.chart.ChartSpec;
import io.briefs.metrics.BriefMetrics;
import io.briefs.model.CompanyData;
import io.briefs.model.Quarter;
import io.briefs.narrative.Brief;
import io.briefs.narrative.Numbers;
import java.util.List;

/** A brief's metrics, words and chart specifications, before anything is drawn or rendered. */
record Draft(CompanyData company, Quarter quarter, BriefMetrics metrics, Brief brief, List<ChartSpec> charts,
    Numbers numbers) {

  /** Copies the list. */
  Draft {
    charts = List.copyOf(charts);
  }
}
