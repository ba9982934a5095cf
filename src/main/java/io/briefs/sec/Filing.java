package io.briefs.sec;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One filing that facts come from, as the document names it: accession number, form and filing
 * date. Filings are ordered by filing date, then accession number: a later filing's value for a
 * period is the one that was known after it.
 *
 * @param periodEnd the last day of the latest duration any of its facts covers: the period the
 *     filing reports on (a 10-Q's quarter, a 10-K's fiscal year)
 */
record Filing(String accession, String form, LocalDate filed, @Nullable LocalDate periodEnd) {
  /** Forms whose facts are drafted: quarterly and annual reports and their amendments. */
  private static final Set<String> PERIODIC = Set.of("10-Q", "10-K", "10-Q/A", "10-K/A");

  static final Comparator<Filing> ORDER =
      Comparator.comparing(Filing::filed).thenComparing(Filing::accession);

  /** Whether this is a quarterly or annual report (not an 8-K, S-1, 20-F...). */
  boolean periodic() {
    return PERIODIC.contains(form.toUpperCase(Locale.ROOT));
  }

  /** Whether this filing came after {@code other}. */
  boolean after(Filing other) {
    return ORDER.compare(this, other) > 0;
  }

  /** How comments and messages name it: {@code 10-Q 0001571996-25-000046 filed 2025-06-10}. */
  String cite() {
    return form + " " + accession + " filed " + filed;
  }

  /** The filing's index page on EDGAR. */
  String url(long cik) {
    return "https://www.sec.gov/Archives/edgar/data/" + cik + "/" + accession.replace("-", "") + "/"
        + accession + "-index.htm";
  }
}
