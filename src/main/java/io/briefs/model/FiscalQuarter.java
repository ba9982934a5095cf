package io.briefs.model;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One fiscal quarter, {@code FY2026-Q1}; ordered in time. */
public record FiscalQuarter(int year, int quarter) implements PeriodRef, Comparable<FiscalQuarter> {
  private static final Pattern FORM = Pattern.compile("FY(\\d{4})-Q([1-4])");
  private static final Pattern SLUG = Pattern.compile("fy(\\d{4})-q([1-4])");

  /** Validates the parts. */
  public FiscalQuarter {
    if (quarter < 1 || quarter > 4) {
      throw new IllegalArgumentException("quarter must be 1 to 4: " + quarter);
    }
  }

  /** Parses {@code FY2026-Q1}; null when the text does not have that form. */
  public static FiscalQuarter parse(String text) {
    return match(FORM, text);
  }

  /** Parses the file-name form {@code fy2026-q1}; null when the text does not have that form. */
  public static FiscalQuarter parseSlug(String text) {
    return match(SLUG, text);
  }

  private static FiscalQuarter match(Pattern pattern, String text) {
    Matcher m = pattern.matcher(text);
    if (!m.matches()) {
      return null;
    }
    return new FiscalQuarter(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
  }

  /** The fiscal year this quarter belongs to. */
  public FiscalYear fiscalYear() {
    return new FiscalYear(year);
  }

  /** The quarter before this one. */
  public FiscalQuarter previous() {
    return quarter == 1 ? new FiscalQuarter(year - 1, 4) : new FiscalQuarter(year, quarter - 1);
  }

  /** The quarter after this one. */
  public FiscalQuarter next() {
    return quarter == 4 ? new FiscalQuarter(year + 1, 1) : new FiscalQuarter(year, quarter + 1);
  }

  /** The same quarter a year earlier. */
  public FiscalQuarter yearAgo() {
    return new FiscalQuarter(year - 1, quarter);
  }

  /** Number of quarters from {@code other} to this one (positive when this is later). */
  public int quartersSince(FiscalQuarter other) {
    return (year * 4 + quarter) - (other.year * 4 + other.quarter);
  }

  @Override
  public String label() {
    return "FY" + year + "-Q" + quarter;
  }

  /** The lower-case form used in file names and URLs: {@code fy2026-q1}. */
  public String slug() {
    return "fy" + year + "-q" + quarter;
  }

  /** The form used in running text: {@code Q1 FY2026}. */
  @Override
  public String displayName() {
    return "Q" + quarter + " FY" + year;
  }

  @Override
  public int compareTo(FiscalQuarter other) {
    return Integer.compare(year * 4 + quarter, other.year * 4 + other.quarter);
  }

  @Override
  public String toString() {
    return label();
  }
}
