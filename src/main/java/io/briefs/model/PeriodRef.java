package io.briefs.model;

/** A period guidance can be given for: a fiscal quarter or a whole fiscal year. */
public sealed interface PeriodRef permits FiscalQuarter, FiscalYear {

  /** The form used in datasets: {@code FY2026-Q2} or {@code FY2026}. */
  String label();

  /** The form used in running text, chart axes and tables: {@code Q2 FY2026} or {@code FY2026}. */
  String displayName();

  /** Parses {@code FY2026-Q2} or {@code FY2026}; null when the text is neither. */
  static PeriodRef parse(String text) {
    FiscalQuarter quarter = FiscalQuarter.parse(text);
    return quarter != null ? quarter : FiscalYear.parse(text);
  }
}
