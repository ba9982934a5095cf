package io.briefs;

import io.briefs.model.FiscalQuarter;

/** What the listings need of a brief, which the build state keeps for briefs it does not render again. */
record BriefSummaryRef(String company, FiscalQuarter period, String title, String headline, String description) {

  /** The brief's key in the build state: {@code dell/fy2026-q1}. */
  String key() {
    return company + "/" + period.slug();
  }
}
