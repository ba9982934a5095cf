package io.briefs.model;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * A guided range, normalised: {@code low} and {@code high} are null for a one-sided range, and
 * {@code mid} is null when only one side is given. The written form is kept for wording.
 *
 * @param plusMinus the written tolerance ({@code plus_minus}, or the amount of {@code
 *     plus_minus_pct}), or null
 * @param statedChangePct the change from a year earlier the company itself states for the guided
 *     figure (at the midpoint of a range), or null
 */
public record Range(
    BigDecimal low,
    BigDecimal high,
    BigDecimal mid,
    BigDecimal plusMinus,
    RangeForm form,
    SourceLoc loc,
    @Nullable BigDecimal statedChangePct) {

  /** A range without a stated change. */
  public Range(BigDecimal low, BigDecimal high, BigDecimal mid, BigDecimal plusMinus, RangeForm form, SourceLoc loc) {
    this(low, high, mid, plusMinus, form, loc, null);
  }

  /** Whether both ends are known. */
  public boolean isBounded() {
    return low != null && high != null;
  }
}
