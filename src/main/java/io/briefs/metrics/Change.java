package io.briefs.metrics;

import io.briefs.model.Amount;
import org.jspecify.annotations.Nullable;

/**
 * A change of a figure against an earlier period.
 *
 * @param pct the change in percent
 * @param prior the earlier figure, or null when only the company's stated change is known
 * @param stated whether the percentage is the company's own (printed as stated)
 * @param restatement set when the earlier figure was restated in this release
 * @param firstReported the earlier period's own figure, when the company's stated change is against
 *     a revised figure the data does not hold (the period is on another basis): the brief says so
 */
public record Change(Fact pct, @Nullable Fact prior, boolean stated, @Nullable Restatement restatement,
    @Nullable Amount firstReported) {

  /** A change compared with a figure the data holds on the brief's basis. */
  public Change(Fact pct, @Nullable Fact prior, boolean stated, @Nullable Restatement restatement) {
    this(pct, prior, stated, restatement, null);
  }
}
