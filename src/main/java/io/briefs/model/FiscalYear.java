package io.briefs.model;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A company's fiscal year, named after the calendar year in which it ends. */
public record FiscalYear(int year) implements PeriodRef, Comparable<FiscalYear> {
  private static final Pattern FORM = Pattern.compile("FY(\\d{4})");

  /** Parses {@code FY2026}; null when the text does not have that form. */
  public static FiscalYear parse(String text) {
    Matcher m = FORM.matcher(text);
    return m.matches() ? new FiscalYear(Integer.parseInt(m.group(1))) : null;
  }

  /** The quarter of this year with the given number (1 to 4). */
  public FiscalQuarter quarter(int number) {
    return new FiscalQuarter(year, number);
  }

  @Override
  public String label() {
    return "FY" + year;
  }

  /** A year reads as it is written: {@code FY2026}. */
  @Override
  public String displayName() {
    return label();
  }

  @Override
  public int compareTo(FiscalYear other) {
    return Integer.compare(year, other.year);
  }

  @Override
  public String toString() {
    return label();
  }
}
