package io.briefs.narrative;

import java.math.BigDecimal;

/**
 * What counts as newsworthy, and how items compete for the headline, the lede and the takeaways:
 * each item scores its weight times its size, bad news exactly as good news of the same size.
 *
 * @param recordSinceQuarters a high or low that is not a record ("the highest since Q2 FY2024")
 *     counts only when it reaches at least this many quarters back
 * @param streakQuarters a run of growth or decline is mentioned from this length
 * @param surprisePct a beat or miss against consensus is news from this size, in percent
 * @param shareMovePct a move of the shares after the release is news from this size, in percent
 * @param weights the score of each kind of news
 */
public record News(int recordSinceQuarters, int streakQuarters, BigDecimal surprisePct, BigDecimal shareMovePct,
    Weights weights) {

  /**
   * Scores per kind of news.
   *
   * @param revenueChange per percentage point of total revenue growth
   * @param segmentChange per point of a segment's growth, times (0.5 + its share of revenue)
   * @param kpiStockChange per point (at most {@link #STOCK_CAP}) of a balance's quarter-over-quarter
   *     change (backlog)
   * @param kpiFlowChange per point (at most {@link #FLOW_CAP}) of an amount's year-over-year change
   *     (orders)
   * @param record a record (the company's word, or data declared complete); a high or low that
   *     is not a record scores a third of it
   * @param guidanceChange a raised or lowered outlook for a fiscal year (half for a quarter)
   * @param surprise per point of a beat or miss against consensus
   * @param streak read and shown, not scored: a run is told beside its figure, never leads
   * @param shareMove per point of the shares' move after the release
   * @param guidedRange a result outside the range the company guided a quarter earlier
   * @param newOutlook an outlook given for a fiscal year for the first time
   * @param swing a figure that crossed zero: a profit became a loss, or a loss a profit
   * @param marginChange per basis point of the operating margin's change from a year earlier
   */
  public record Weights(double revenueChange, double segmentChange, double kpiStockChange, double kpiFlowChange,
      double record, double guidanceChange, double surprise, double streak, double shareMove, double guidedRange,
      double newOutlook, double swing, double marginChange) {}

  /** At most this many points of a segment's growth count: a 73% jump is not twice the news of 40%. */
  public static final double SEGMENT_CAP = 40;
  /** At most this many points of a balance's sequential change count. */
  public static final double STOCK_CAP = 60;
  /** At most this many points of an amount's (or total revenue's) change from a year earlier count. */
  public static final double FLOW_CAP = 100;

  /** The values shipped in {@code templates/style.yaml}. */
  public static News defaults() {
    return new News(6, 4, new BigDecimal("0.25"), new BigDecimal("5"),
        new Weights(1.0, 1.0, 1.0, 0.25, 20, 25, 4, 5, 8, 40, 60, 40, 0.2));
  }
}
