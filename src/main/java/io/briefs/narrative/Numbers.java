package io.briefs.narrative;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Map;

/**
 * Formats numbers as a financial writer does: "$10.3 billion", "$998 million", "$2.25", "12%",
 * "9.7%". Rounds half away from zero, once, at display time; a value that rounds up to the next
 * unit is shown in that unit ("$999.96 million" reads "$1.0 billion"). Never shows more
 * precision than the figure was written with.
 */
public final class Numbers {
  private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);
  private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private static final Map<String, String> SYMBOLS = Map.of(
      "USD", "$", "EUR", "€", "GBP", "£", "JPY", "¥", "CAD", "C$", "AUD", "A$", "HKD", "HK$",
      "INR", "₹", "KRW", "₩", "CNY", "CN¥");

  private final String symbol;

  /** Formats for amounts in {@code currency} (an ISO 4217 code). */
  public Numbers(String currency) {
    this.symbol = SYMBOLS.getOrDefault(currency, currency + " ");
  }

  /** The currency symbol, or the code and a space when the currency has no common symbol. */
  public String symbol() {
    return symbol;
  }

  /** An amount of money in words: "$10.3 billion", "$998 million", "$1.0 billion", "-$45 million". */
  public String money(BigDecimal value) {
    return money(value, 0);
  }

  /**
   * Money with {@code extra} more decimals than usual (but never more than written): "$1.72
   * billion" where {@link #money} says "$1.7 billion". Used where two close figures must differ.
   */
  public String money(BigDecimal value, int extra) {
    Scaled s = scale(value.abs(), value.ulp(), extra);
    return (value.signum() < 0 && s.text().matches(".*[1-9].*") ? "-" : "") + symbol + s.text() + s.word();
  }

  /** The amount {@link #money(BigDecimal, int)} shows, in currency units: 1340000000 for "$1.34 billion". */
  public static BigDecimal moneyShown(BigDecimal value, int extra) {
    BigDecimal amount = scale(value.abs(), value.ulp(), extra).amount();
    return value.signum() < 0 ? amount.negate() : amount;
  }

  /** The percentage {@link #growth} shows, with its sign: 12 for a growth of 11.6. */
  public static BigDecimal growthShown(BigDecimal pct) {
    BigDecimal abs = pct.abs();
    int places = abs.compareTo(BigDecimal.ONE) < 0 && abs.signum() != 0 ? 1 : 0;
    BigDecimal shown = abs.setScale(places, RoundingMode.HALF_UP);
    return pct.signum() < 0 ? shown.negate() : shown;
  }

  /** An amount of money for a chart axis or a tight table cell: "$10.3B", "$998M". */
  public String moneyShort(BigDecimal value) {
    Scaled s = scale(value.abs(), value.ulp(), 0);
    String suffix = switch (s.word()) {
      case " trillion" -> "T";
      case " billion" -> "B";
      case " million" -> "M";
      default -> "";
    };
    return (value.signum() < 0 ? "-" : "") + symbol + s.text() + suffix;
  }

  /** Money per share or a share price, always with cents: "$2.25", "$113.63". */
  public String perShare(BigDecimal value) {
    String text = grouped(value.abs().setScale(2, RoundingMode.HALF_UP), 2);
    return (value.signum() < 0 && !text.equals("0.00") ? "-" : "") + symbol + text;
  }

  /** A price as quoted: whole units when it has no cents ("$125"), otherwise with them ("$125.50"). */
  public String price(BigDecimal value) {
    BigDecimal cents = value.abs().setScale(2, RoundingMode.HALF_UP);
    boolean whole = cents.stripTrailingZeros().scale() <= 0;
    String text = grouped(cents, whole ? 0 : 2);
    return (value.signum() < 0 && cents.signum() != 0 ? "-" : "") + symbol + text;
  }

  /** A growth rate, whole percent without sign: "12%"; below 1% one decimal: "0.4%". */
  public static String growth(BigDecimal pct) {
    BigDecimal shown = growthShown(pct).abs();
    return grouped(shown, shown.scale()) + "%";
  }

  /** A percentage with one decimal, sign kept: "9.7%", "-2.1%". */
  public static String percent1(BigDecimal pct) {
    BigDecimal rounded = pct.setScale(1, RoundingMode.HALF_UP);
    return (rounded.signum() < 0 ? "-" : "") + grouped(rounded.abs(), 1) + "%";
  }

  /** The size of a move in percent: "5.4%", or "10%" when written as a whole number. */
  public static String move(BigDecimal pct) {
    int places = Math.min(1, Math.max(0, pct.stripTrailingZeros().scale()));
    return grouped(pct.abs().setScale(places, RoundingMode.HALF_UP), places) + "%";
  }

  /** A percentage as stated, sign kept: "5%", "-2%", "4.5%" (one decimal, none when written whole). */
  public static String statedPercent(BigDecimal pct) {
    int places = Math.min(1, Math.max(0, pct.stripTrailingZeros().scale()));
    BigDecimal rounded = pct.setScale(places, RoundingMode.HALF_UP);
    return (rounded.signum() < 0 ? "-" : "") + grouped(rounded.abs(), places) + "%";
  }

  /** A change in percentage points, one decimal, without sign: "1.5". */
  public static String points(BigDecimal pts) {
    return grouped(pts.abs().setScale(1, RoundingMode.HALF_UP), 1);
  }

  /** A whole percentage: "60%". */
  public static String percent0(BigDecimal pct) {
    BigDecimal rounded = pct.setScale(0, RoundingMode.HALF_UP);
    return (rounded.signum() < 0 ? "-" : "") + grouped(rounded.abs(), 0) + "%";
  }

  /** Basis points without sign: "170 basis points"; one basis point is singular. */
  public static String basisPoints(BigDecimal bps) {
    BigDecimal rounded = bps.abs().setScale(0, RoundingMode.HALF_UP);
    return grouped(rounded, 0) + (rounded.compareTo(BigDecimal.ONE) == 0 ? " basis point" : " basis points");
  }

  /** A count with thousands separators: "1,234". */
  public static String count(BigDecimal value) {
    BigDecimal rounded = value.setScale(0, RoundingMode.HALF_UP);
    return (rounded.signum() < 0 ? "-" : "") + grouped(rounded.abs(), 0);
  }

  /** A number of shares, unsigned: "3.7 million shares", "512,000 shares". */
  public static String shares(BigDecimal value) {
    BigDecimal abs = value.abs();
    if (abs.compareTo(MILLION) >= 0) {
      BigDecimal millions = abs.movePointLeft(6).setScale(1, RoundingMode.HALF_UP);
      return grouped(millions, 1) + " million shares";
    }
    return grouped(abs.setScale(0, RoundingMode.HALF_UP), 0) + (abs.compareTo(BigDecimal.ONE) == 0 ? " share" : " shares");
  }

  /** A ratio with one decimal: "6.7". */
  public static String ratio(BigDecimal value) {
    return grouped(value.setScale(1, RoundingMode.HALF_UP), 1);
  }

  /** A figure as shown: its digits, its unit word, and the amount they stand for. */
  private record Scaled(String text, String word, BigDecimal amount) {}

  /**
   * Picks the unit so the figure has one to three digits before the point, rounding first in
   * the candidate unit and moving up when rounding reaches 1,000 of it.
   */
  private static Scaled scale(BigDecimal abs, BigDecimal ulp, int extra) {
    if (abs.signum() == 0) {
      return new Scaled("0", "", BigDecimal.ZERO);
    }
    if (abs.compareTo(MILLION) < 0 && ulp.compareTo(THOUSAND) < 0) {
      BigDecimal rounded = abs.setScale(0, RoundingMode.HALF_UP);
      if (rounded.compareTo(MILLION) < 0) {
        return new Scaled(grouped(rounded, 0), "", rounded);
      }
    }
    // powers of ten: moving the point is exact and far cheaper than BigDecimal division
    int[] units = {6, 9, 12};
    String[] words = {" million", " billion", " trillion"};
    for (int i = 0; i < units.length; i++) {
      BigDecimal inUnit = abs.movePointLeft(units[i]);
      BigDecimal ulpInUnit = ulp.movePointLeft(units[i]);
      int places = places(inUnit, ulpInUnit, i, extra);
      BigDecimal rounded = inUnit.setScale(places, RoundingMode.HALF_UP);
      // a figure written to the nearest 100 million reads in billions: "$0.7 billion"
      boolean coarse = i < units.length - 1 && ulpInUnit.compareTo(HUNDRED) >= 0;
      if ((rounded.compareTo(THOUSAND) < 0 && !coarse) || i == units.length - 1) {
        if (i > 0 && rounded.compareTo(HUNDRED) >= 0 && rounded.stripTrailingZeros().scale() <= 0) {
          rounded = rounded.setScale(0, RoundingMode.HALF_UP);
        }
        return new Scaled(grouped(rounded, rounded.scale()), words[i], rounded.movePointRight(units[i]));
      }
    }
    throw new AssertionError("unreachable");
  }

  /** One decimal in billions and trillions, none in millions above ten; never finer than written. */
  private static int places(BigDecimal inUnit, BigDecimal ulpInUnit, int unitIndex, int extra) {
    // judged after rounding to one decimal, so 9.96 million reads "$10 million", not "$10.0 million"
    boolean tens = inUnit.setScale(1, RoundingMode.HALF_UP).compareTo(BigDecimal.TEN) >= 0;
    int wanted = (unitIndex == 0 && tens ? 0 : 1) + extra;
    int written = Math.max(0, ulpInUnit.stripTrailingZeros().scale());
    return Math.min(wanted, written);
  }

  /** {@code 1234.5} with one place as {@code 1,234.5}; rounds half up (a DecimalFormat per call was slow). */
  static String grouped(BigDecimal value, int places) {
    String plain = value.setScale(places, RoundingMode.HALF_UP).abs().toPlainString();
    int point = plain.indexOf('.');
    String whole = point < 0 ? plain : plain.substring(0, point);
    StringBuilder out = new StringBuilder(plain.length() + whole.length() / 3 + 1);
    if (value.setScale(places, RoundingMode.HALF_UP).signum() < 0) {
      out.append('-');
    }
    for (int i = 0; i < whole.length(); i++) {
      if (i > 0 && (whole.length() - i) % 3 == 0) {
        out.append(',');
      }
      out.append(whole.charAt(i));
    }
    return out.append(point < 0 ? "" : plain.substring(point)).toString();
  }
}
