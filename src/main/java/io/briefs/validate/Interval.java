package io.briefs.validate;

import io.briefs.metrics.Decimals;
import io.briefs.model.Amount;
import java.math.BigDecimal;

/**
 * The values a written figure may stand for: 7.7 (billions) is anything from 7.65 to 7.75. Checks
 * that compare written figures use these so that honest rounding never fails a build.
 */
record Interval(BigDecimal low, BigDecimal high) {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  /** The interval a written value stands for: plus or minus half a unit in its last place. */
  static Interval written(BigDecimal value) {
    BigDecimal half = Decimals.halfUlp(value);
    return new Interval(value.subtract(half), value.add(half));
  }

  /** The interval a figure stands for: its rounding, or more for an approximate figure. */
  static Interval of(Amount a) {
    BigDecimal half = Decimals.tolerance(a);
    return new Interval(a.value().subtract(half), a.value().add(half));
  }

  /**
   * The interval of {@code this / whole * 100}, in percent, or null when the whole may be zero
   * or negative. The ratio is monotonic in each figure, so its extremes lie at the corners.
   */
  Interval percentOf(Interval whole) {
    if (whole.low.signum() <= 0) {
      return null;
    }
    BigDecimal a = low.multiply(HUNDRED).divide(whole.low, Decimals.CONTEXT);
    BigDecimal b = low.multiply(HUNDRED).divide(whole.high, Decimals.CONTEXT);
    BigDecimal c = high.multiply(HUNDRED).divide(whole.low, Decimals.CONTEXT);
    BigDecimal d = high.multiply(HUNDRED).divide(whole.high, Decimals.CONTEXT);
    return new Interval(a.min(b).min(c).min(d), a.max(b).max(c).max(d));
  }

  /** The interval of {@code this - other}. */
  Interval minus(Interval other) {
    return new Interval(low.subtract(other.high), high.subtract(other.low));
  }

  /** Whether the two intervals share a value. */
  boolean overlaps(Interval other) {
    return low.compareTo(other.high) <= 0 && other.low.compareTo(high) <= 0;
  }

  /** The interval of a sum. */
  Interval plus(Interval other) {
    return new Interval(low.add(other.low), high.add(other.high));
  }

  /** Whether every value of this interval is above every value of {@code other}. */
  boolean above(Interval other) {
    return low.compareTo(other.high) > 0;
  }

  /** The interval scaled by a factor (for tolerances such as 1.005). */
  Interval times(BigDecimal factor) {
    return new Interval(low.multiply(factor), high.multiply(factor));
  }

  /**
   * The interval of growth in percent from {@code prior} to this, or null when the prior may be
   * zero or negative (a percentage change of such a base means nothing). Growth is monotonic in
   * each figure, so its extremes lie at the corners.
   */
  Interval growthFrom(Interval prior) {
    if (prior.low.signum() <= 0) {
      return null;
    }
    BigDecimal a = growth(low, prior.low);
    BigDecimal b = growth(low, prior.high);
    BigDecimal c = growth(high, prior.low);
    BigDecimal d = growth(high, prior.high);
    return new Interval(a.min(b).min(c).min(d), a.max(b).max(c).max(d));
  }

  /** Whether {@code value} lies within this interval widened by {@code slack} on each side. */
  boolean contains(BigDecimal value, BigDecimal slack) {
    return value.compareTo(low.subtract(slack)) >= 0 && value.compareTo(high.add(slack)) <= 0;
  }

  private static BigDecimal growth(BigDecimal current, BigDecimal prior) {
    return current.subtract(prior).multiply(HUNDRED).divide(prior, Decimals.CONTEXT);
  }
}
