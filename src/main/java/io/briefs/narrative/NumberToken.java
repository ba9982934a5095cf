package io.briefs.narrative;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A number written in editorial text: "$10.3 billion", "$2.25", "-$45 million", "19%", with the
 * value it names and how precisely it was written (half a unit in its last digit). A minus sign
 * before an amount of money is part of it, as the briefs themselves write losses.
 *
 * @param money whether it is an amount of money (otherwise a percentage)
 * @param start offset in the text
 */
record NumberToken(String text, BigDecimal value, BigDecimal tolerance, boolean money, int start) {
  private static final Pattern PERCENT = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s?(?:%|percent\\b|per cent\\b)");

  /** Every money amount and percentage in {@code text}, in order. */
  static List<NumberToken> find(String text, String symbol) {
    List<NumberToken> out = new ArrayList<>();
    Pattern money = Pattern.compile("(?:(?<![\\w.])([-\u2212]))?" + Pattern.quote(symbol.strip())
        + "\\s?(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)(?:\\s*(trillion|billion|million|thousand|tn|bn|m|k)\\b)?",
        Pattern.CASE_INSENSITIVE);
    Matcher m = money.matcher(text);
    while (m.find()) {
      BigDecimal number = new BigDecimal(m.group(2).replace(",", ""));
      int exponent = exponent(m.group(3));
      BigDecimal half = number.ulp().divide(BigDecimal.valueOf(2)).scaleByPowerOfTen(exponent);
      // "-$45 million", "\u2212CHF 45 million": a minus sign just before the amount makes it negative
      BigDecimal value = number.scaleByPowerOfTen(exponent);
      out.add(new NumberToken(m.group(), m.group(1) == null ? value : value.negate(), half, true, m.start()));
    }
    Matcher p = PERCENT.matcher(text);
    while (p.find()) {
      BigDecimal number = new BigDecimal(p.group(1));
      out.add(new NumberToken(p.group(), number, number.ulp().divide(BigDecimal.valueOf(2)), false, p.start()));
    }
    out.sort(Comparator.comparingInt(NumberToken::start));
    return out;
  }

  private static int exponent(String word) {
    if (word == null) {
      return 0;
    }
    return switch (word.toLowerCase(Locale.ROOT)) {
      case "trillion", "tn" -> 12;
      case "billion", "bn" -> 9;
      case "million", "m" -> 6;
      default -> 3;
    };
  }

  /**
   * Whether a figure, at this token's written precision, reads as this token. A percentage is
   * read by its size (its direction is in the words around it); an amount written with a minus
   * sign must be negative, one written without may be a loss ("a loss of $45 million").
   */
  boolean agrees(BigDecimal figure) {
    BigDecimal actual = money && value.signum() < 0 ? figure : figure.abs();
    return actual.subtract(value).abs().compareTo(tolerance) <= 0;
  }
}
