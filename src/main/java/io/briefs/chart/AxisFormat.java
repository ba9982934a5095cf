package io.briefs.chart;

import io.briefs.metrics.FactUnit;
import io.briefs.narrative.Numbers;
import java.math.BigDecimal;
import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;

/** Axis tick labels in the same style as the text: "$10B" for "$10 billion". */
final class AxisFormat extends NumberFormat {
  private static final long serialVersionUID = 1L;
  private final transient Numbers numbers;
  private final FactUnit unit;

  AxisFormat(Numbers numbers, FactUnit unit) {
    this.numbers = numbers;
    this.unit = unit;
  }

  @Override
  public StringBuffer format(double number, StringBuffer to, FieldPosition pos) {
    BigDecimal value = BigDecimal.valueOf(number).stripTrailingZeros();
    return to.append(switch (unit) {
      case MONEY -> numbers.moneyShort(value);
      case PER_SHARE -> numbers.perShare(value);
      case PERCENT -> Numbers.percent0(value);
      default -> Numbers.count(value);
    });
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
