package io.briefs.narrative;

import java.math.BigDecimal;

/** How a number is displayed; lets the consistency gate re-derive the text from the value. */
public enum DisplayForm {
  MONEY,
  /** Money with one more decimal, where close figures must read differently. */
  MONEY_PRECISE,
  /** Money with two more decimals, where figures close even at {@link #MONEY_PRECISE} must differ. */
  MONEY_FINE,
  MONEY_SHORT,
  PER_SHARE,
  GROWTH,
  PERCENT1,
  PERCENT0,
  /** The size of a price move: one decimal, or none when written as a whole number. */
  MOVE,
  BASIS_POINTS,
  COUNT,
  /**
   * A number quoted from editorial commentary as its author wrote it, already checked against
   * its fact at the precision written; it cannot be re-derived from the value.
   */
  WRITTEN,
  /**
   * A percentage as the company stated it, with its sign: one decimal, none when written whole
   * ("5%", "-2%", "4.5%"); guidance given as growth.
   */
  PERCENT_STATED,
  /** A number of shares without sign: "3.7 million shares". */
  SHARES,
  /** A price in whole currency units when it has no cents, as targets are quoted: "$125", "$125.50". */
  PRICE,
  RATIO,
  /** A change of a percentage in percentage points, one decimal, without sign: "1.5". */
  POINTS;

  /** The display text of {@code value} in this form. */
  public String format(BigDecimal value, Numbers numbers) {
    return switch (this) {
      case MONEY -> numbers.money(value);
      case MONEY_PRECISE -> numbers.money(value, 1);
      case MONEY_FINE -> numbers.money(value, 2);
      case MONEY_SHORT -> numbers.moneyShort(value);
      case PER_SHARE -> numbers.perShare(value);
      case GROWTH -> Numbers.growth(value);
      case PERCENT1 -> Numbers.percent1(value);
      case PERCENT0 -> Numbers.percent0(value);
      case MOVE -> Numbers.move(value);
      case BASIS_POINTS -> Numbers.basisPoints(value);
      case COUNT -> Numbers.count(value);
      case WRITTEN -> throw new UnsupportedOperationException("commentary numbers keep their written text");
      case PERCENT_STATED -> Numbers.statedPercent(value);
      case SHARES -> Numbers.shares(value);
      case PRICE -> numbers.price(value);
      case RATIO -> Numbers.ratio(value);
      case POINTS -> Numbers.points(value);
    };
  }
}
