package io.briefs.model;

import java.util.Map;

/**
 * The outlook given with a release for one period.
 *
 * @param status the status the company stated, or null to derive it
 */
public record Guidance(
    PeriodRef period,
    Map<Metric, Range> metrics,
    Map<String, Range> kpis,
    GuidanceStatus status,
    SourceLoc loc) {

  /** Copies the maps, keeping their order. */
  public Guidance {
    metrics = Maps.ordered(metrics);
    kpis = Maps.ordered(kpis);
  }
}
