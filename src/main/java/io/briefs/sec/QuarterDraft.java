package io.briefs.sec;

import io.briefs.model.FiscalQuarter;
import io.briefs.model.Metric;
import java.time.LocalDate;
import java.util.Map;
import java.util.SortedMap;

/**
 * What an import drafts for one quarter: its figures as the filing that first reported it gave
 * them, and the earlier quarters that filing restated or whose year-ago figures it gives.
 *
 * @param filing the quarter's own filing: its 10-Q, or for a fourth quarter the 10-K
 * @param periodEnd the last day of the quarter, from that filing's facts
 */
record QuarterDraft(FiscalQuarter period, Filing filing, LocalDate periodEnd, Map<Metric, Figure> results,
    SortedMap<FiscalQuarter, Comparative> comparatives) {

  /**
   * An earlier quarter as known when this quarter's filing was made.
   *
   * @param firstReported for each figure that differs from the earlier quarter's own filing, the
   *     value first reported (empty when the comparative only gives a year-ago quarter that has
   *     no file)
   */
  record Comparative(Map<Metric, Figure> results, Map<Metric, Figure> firstReported) {
    boolean revised() {
      return !firstReported.isEmpty();
    }
  }
}
