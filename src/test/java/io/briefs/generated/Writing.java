package io.briefs.generated;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How one file writes its figures: money in its {@code units} to a number of decimals that gives
 * the company's significant digits of revenue, per-share amounts to the cent, counts whole and
 * percentages to one decimal. At most 18 significant digits, as the format allows.
 */
record Writing(String units, int decimals) {

  /** The writing of a file in {@code units} for a company of the given scale. */
  static Writing of(String units, Plan.Scale scale) {
    double base = scale.mantissa() * Math.pow(10, scale.exponent()) / 100 / Math.pow(10, exponent(units));
    int whole = base < 1 ? 1 - (int) Math.ceil(-Math.log10(base)) : (int) Math.floor(Math.log10(base)) + 1;
    return new Writing(units, Math.max(0, Math.min(9, scale.significant() - whole)));
  }

  /** The units a company of this scale writes in when the plan leaves it open. */
  static String fitting(Plan.Scale scale) {
    return scale.exponent() >= 8 ? "millions" : scale.exponent() >= 6 ? "thousands" : "units";
  }

  static int exponent(String units) {
    return switch (units) {
      case "thousands" -> 3;
      case "millions" -> 6;
      case "billions" -> 9;
      default -> 0;
    };
  }

  /** An amount of money in currency units, as this file writes it. */
  BigDecimal money(double value) {
    return digits(BigDecimal.valueOf(value).movePointLeft(exponent(units)), decimals);
  }

  /** A written amount of money back in currency units. */
  BigDecimal inCurrency(BigDecimal written) {
    return written.movePointRight(exponent(units));
  }

  static BigDecimal perShare(double value) {
    return digits(BigDecimal.valueOf(value), 2);
  }

  /** A count: whole, or in tenths when it has them. */
  static BigDecimal count(double value) {
    return digits(BigDecimal.valueOf(value), value == Math.floor(value) ? 0 : 1);
  }

  static BigDecimal percent(double value) {
    return digits(BigDecimal.valueOf(value), 1);
  }

  /** A KPI or metric value of the given unit (money, per-share, count, percent). */
  BigDecimal of(String unit, double value) {
    return switch (unit) {
      case "money" -> money(value);
      case "per-share" -> perShare(value);
      case "count" -> count(value);
      default -> percent(value);
    };
  }

  /** A written value of the given unit in plain units (only money is scaled). */
  BigDecimal plain(String unit, BigDecimal written) {
    return unit.equals("money") ? inCurrency(written) : written;
  }

  private static BigDecimal digits(BigDecimal value, int places) {
    BigDecimal out = value.setScale(places, RoundingMode.HALF_UP);
    while (out.precision() > 18 && out.scale() > 0) {
      out = out.setScale(out.scale() - 1, RoundingMode.HALF_UP);
    }
    return out.signum() == 0 ? out.abs() : out;
  }
}
