package io.briefs.metrics;

import io.briefs.model.Segment;
import java.util.List;

/**
 * One segment's figures and derived ratios for a brief; any part may be null when the data does
 * not allow it.
 *
 * @param margin operating income as a percentage of the segment's revenue
 * @param marginPrior the operating margin a year earlier, or null
 * @param marginChangeBps change of the margin against a year earlier, in basis points
 * @param operatingIncomeShare the segment's share of total segment operating income, in percent
 * @param operatingIncomeSharePrior the same share a year earlier
 * @param operatingIncomeShareChange the change of the share, in percentage points
 * @param revenueShare the segment's share of total revenue, in percent
 */
public record SegmentMetrics(
    Segment segment,
    Measure revenue,
    Measure operatingIncome,
    Fact margin,
    Fact marginPrior,
    Fact marginChangeBps,
    Fact operatingIncomeShare,
    Fact operatingIncomeSharePrior,
    Fact operatingIncomeShareChange,
    Fact revenueShare,
    List<Measure> lines) {

  /** Copies the list. */
  public SegmentMetrics {
    lines = List.copyOf(lines);
  }
}
