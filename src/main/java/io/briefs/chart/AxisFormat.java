package io.briefs.chart;

import io.briefs.metrics.FactUnit;
import io.briefs.narrative.Numbers;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;

/** Axis tick labels in the same style as the text: "$10B" for "$10 billion", "2.5%", "$1.50". */
final class AxisFormat extends NumberFormat {
  private static final long serialVersionUID = 1L;
  private static final BigDecimal[] UNITS =
      {BigDecimal.TEN.pow(12), BigDecimal.TEN.pow(9), BigDecimal.TEN.pow(6)};
  private static final String[] SUFFIXES = {"T", "B", "M"};

  private final transient Numbers numbers;
  private final FactUnit unit;
  /** Index into {@link #UNITS} every money tick of this axis is written in, or -1 for plain amounts. */
  private final int moneyUnit;

  /** A format for an axis whose largest tick (in absolute value) is {@code largest}. */
  AxisFormat(Numbers numbers, FactUnit unit, double largest) {
    this.numbers = numbers;
    this.unit = unit;
    int u = -1;
    for (int i = UNITS.length - 1; i >= 0; i--) {
      u = Math.abs(largest) >= UNITS[i].doubleValue() ? i : u;
    }
    this.moneyUnit = u;
  }

  /** The tick label of a value. */
  String label(BigDecimal value) {
    BigDecimal v = value.stripTrailingZeros();
    return switch (unit) {
      case MONEY -> money(v);
      case PER_SHARE -> numbers.perShare(v);
      // ticks are round numbers: as many decimals as the tick has, at most one
      case PERCENT -> Math.max(0, v.scale()) == 0 ? Numbers.percent0(v) : Numbers.percent1(v);
      default -> Numbers.count(v);
    };
  }

  /** "$10B", "$2.5B", "$500M": one unit for the whole axis, as the text would say it. */
  private String money(BigDecimal v) {
    if (v.signum() == 0) {
      return numbers.symbol() + "0";
    }
    String sign = v.signum() < 0 ? "-" : "";
    if (moneyUnit < 0) {
      return sign + numbers.symbol() + Numbers.count(v.abs());
    }
    BigDecimal inUnit = v.abs().divide(UNITS[moneyUnit]).stripTrailingZeros();
    String digits = inUnit.scale() <= 0 ? Numbers.count(inUnit) : inUnit.toPlainString();
    return sign + numbers.symbol() + digits + SUFFIXES[moneyUnit];
  }

  @Override
  public StringBuffer format(double number, StringBuffer to, FieldPosition pos) {
    // ticks are computed in binary floating point: round away the noise (0.30000000000000004)
    BigDecimal value = new BigDecimal(number).round(new java.math.MathContext(12, RoundingMode.HALF_EVEN));
    return to.append(label(value));
  }

  @Override
  public StringBuffer format(long number, StringBuffer to, FieldPosition pos) {
    return format((double) number, to, pos);
  }

  @Override
  public Number parse(String source, ParsePosition pos) {
    throw new UnsupportedOperationException("axis labels are only formatted");
  }
}
