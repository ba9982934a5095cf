package io.briefs.model;

import java.math.BigDecimal;

/**
 * A guided range, normalised: {@code low} and {@code high} are null for a one-sided range, and
 * {@code mid} is null when only one side is given. The written form is kept for wording.
 *
 * @param plusMinus the written tolerance ({@code plus_minus}, or the amount of {@code
 *     plus_minus_pct}), or null
 */
public record Range(
    BigDecimal low,
    BigDecimal high,
    BigDecimal mid,
    BigDecimal plusMinus,
    RangeForm form,
    SourceLoc loc) {

  /** Whether both ends are known. */
  public boolean isBounded() {
    return low != null && high != null;
  }
}
