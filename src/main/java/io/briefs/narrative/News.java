package io.briefs.narrative;

import java.math.BigDecimal;

/**
 * What counts as newsworthy, and how facts compete for the headline and the lede: each candidate
 * scores its weight times its size; the two best of different kinds lead.
 *
 * @param recordSinceQuarters a record counts only when it reaches at least this many quarters
 *     back ("the highest since ..." or "the highest in at least ...")
 * @param streakQuarters a run of growth or decline is mentioned from this length
 * @param surprisePct a beat or miss against consensus is news from this size, in percent
 */
public record News(int recordSinceQuarters, int streakQuarters, BigDecimal surprisePct, Weights weights) {

  /**
   * Scores per kind of fact.
   *
   * @param revenueChange per percentage point of total revenue growth
   * @param segmentChange per point of a segment's growth, times (0.5 + its share of revenue)
   * @param kpiStockChange per point (at most 100) of a balance's quarter-over-quarter change (backlog)
 * @param kpiFlowChange per point (at most 100) of an amount's year-over-year change (orders)
   * @param record a record against the figure's history
   * @param guidanceChange a raised or lowered full-year outlook
   * @param surprise per point of surprise against consensus
   * @param streak per quarter of an unbroken run
   */
  public record Weights(double revenueChange, double segmentChange, double kpiStockChange,
      double kpiFlowChange, double record, double guidanceChange, double surprise, double streak) {}

  /** The values shipped in {@code templates/style.yaml}. */
  public static News defaults() {
    return new News(6, 4, new BigDecimal("2"), new Weights(1.0, 2.0, 0.5, 0.25, 30, 20, 2, 5));
  }
}
