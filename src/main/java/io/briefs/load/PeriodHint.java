package io.briefs.load;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Suggests the intended period for a misspelt one: {@code fy2025q1}, {@code FY 2025 Q1}, {@code
 * Q1 FY2025} and {@code FY25-Q1} all mean {@code FY2025-Q1}.
 */
final class PeriodHint {
  private static final Pattern SEPARATORS = Pattern.compile("[\\s_\\-/.]+");
  private static final Pattern YEAR_FIRST = Pattern.compile("FY(\\d{2}|\\d{4})(?:Q([1-4]))?");
  private static final Pattern QUARTER_FIRST = Pattern.compile("Q([1-4])FY(\\d{2}|\\d{4})");

  private PeriodHint() {}

  /**
   * A "; did you mean `FY2025-Q1`?" suffix, or an empty string when no period is recognised.
   *
   * @param quarterOnly whether only a quarter fits (not a whole fiscal year)
   */
  static String hint(String wrong, boolean quarterOnly) {
    String compact = SEPARATORS.matcher(wrong.toUpperCase(Locale.ROOT)).replaceAll("");
    String year;
    String quarter;
    Matcher m = YEAR_FIRST.matcher(compact);
    if (m.matches()) {
      year = m.group(1);
      quarter = m.group(2);
    } else if ((m = QUARTER_FIRST.matcher(compact)).matches()) {
      quarter = m.group(1);
      year = m.group(2);
    } else {
      return "";
    }
    if (quarter == null && quarterOnly) {
      return "";
    }
    String fullYear = year.length() == 2 ? "20" + year : year;
    String suggestion = "FY" + fullYear + (quarter == null ? "" : "-Q" + quarter);
    return suggestion.equals(wrong) ? "" : "; did you mean `" + suggestion + "`?";
  }
}
