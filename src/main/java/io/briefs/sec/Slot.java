package io.briefs.sec;

import io.briefs.model.FiscalQuarter;

/**
 * A place in the fiscal calendar that facts give values for: the quarter {@code last} alone
 * ({@code span} 1), or the year to date through it ({@code span} 2 or 3: six or nine months;
 * 4: the fiscal year).
 */
record Slot(FiscalQuarter last, int span) {
  boolean quarter() {
    return span == 1;
  }

  /** The year to date through the quarter {@code q}: the quarter itself for a first quarter. */
  static Slot toDate(FiscalQuarter q) {
    return new Slot(q, q.quarter());
  }

  /** How comments name it: "the first quarter", "six months", "nine months", "the fiscal year". */
  String describe() {
    return switch (span) {
      case 1 -> "Q" + last.quarter();
      case 2 -> "six months";
      case 3 -> "nine months";
      default -> "the fiscal year";
    };
  }
}
