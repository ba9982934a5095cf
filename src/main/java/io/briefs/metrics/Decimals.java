package io.briefs.metrics;

import io.briefs.model.Amount;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/** Decimal arithmetic shared by the metrics: never binary floating point. */
public final class Decimals {
  /** Sixteen significant digits, half-even: enough for any ratio of figures in a dataset. */
  public static final MathContext CONTEXT = MathContext.DECIMAL64;
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private static final BigDecimal TWO = BigDecimal.valueOf(2);
  /** How far either way an approximate figure ("about $3.2 billion") may be from the truth, in percent. */
  public static final BigDecimal APPROXIMATE_PCT = BigDecimal.valueOf(2);

  private Decimals() {}

  /**
   * The change from {@code prior} to {@code current} in percent, or null when the base is zero or
   * negative (a percentage change of such a base has no meaning a reader would trust).
   */
  public static BigDecimal growthPct(BigDecimal current, BigDecimal prior) {
    if (prior.signum() <= 0) {
      return null;
    }
    return current.subtract(prior).multiply(HUNDRED).divide(prior, CONTEXT);
  }

  /** {@code part / whole} in percent, or null when the whole is not positive. */
  public static BigDecimal percentOf(BigDecimal part, BigDecimal whole) {
    if (whole.signum() <= 0) {
      return null;
    }
    return part.multiply(HUNDRED).divide(whole, CONTEXT);
  }

  /** {@code a / b}, or null when b is zero. */
  public static BigDecimal ratio(BigDecimal a, BigDecimal b) {
    return b.signum() == 0 ? null : a.divide(b, CONTEXT);
  }

  /** The midpoint of two values. */
  public static BigDecimal mid(BigDecimal low, BigDecimal high) {
    return low.add(high).divide(TWO, CONTEXT);
  }

  /** Half a unit in the last written place: how far the true figure may be from the written one. */
  public static BigDecimal halfUlp(BigDecimal written) {
    return written.ulp().divide(TWO, CONTEXT);
  }

  /**
   * How far the true figure may be from a written one: half a unit in its last written place, or,
   * for a figure the company gave as an approximation, {@link #APPROXIMATE_PCT} percent of it when
   * that is more.
   */
  public static BigDecimal tolerance(Amount a) {
    BigDecimal half = halfUlp(a.value());
    if (!a.approximate()) {
      return half;
    }
    return half.max(a.value().abs().multiply(APPROXIMATE_PCT).divide(HUNDRED, CONTEXT));
  }

  /** Whether two figures differ by more than their rounding (or approximation) explains. */
  public static boolean differ(Amount a, Amount b) {
    if (!a.approximate() && !b.approximate()) {
      return differ(a.value(), b.value());
    }
    return a.value().subtract(b.value()).abs().compareTo(tolerance(a).add(tolerance(b))) > 0;
  }

  /**
   * Whether two written figures differ by more than their rounding explains, so 9.2 (billions,
   * rounded) and 9227 (millions) are the same figure but 920 and 965 (millions) are not.
   */
  public static boolean differ(BigDecimal a, BigDecimal b) {
    return a.subtract(b).abs().compareTo(halfUlp(a).add(halfUlp(b))) > 0;
  }

  /** Rounds half away from zero, as every display does. */
  public static BigDecimal round(BigDecimal value, int places) {
    return value.setScale(places, RoundingMode.HALF_UP);
  }
}
