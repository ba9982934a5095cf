package io.briefs.load;

import io.briefs.diag.Diagnostics;
import io.briefs.model.Company;
import io.briefs.model.Units;

/**
 * What every reader of one quarter file's blocks shares: the company it belongs to (its declared
 * segments, lines and KPIs), the file's money units, and where problems go.
 */
record QuarterFile(Company company, Units units, Diagnostics diagnostics, Scalars scalars) {

  /** The readers' shared state for a file of {@code company} written in {@code units}. */
  static QuarterFile of(Company company, Units units, Diagnostics diagnostics) {
    return new QuarterFile(company, units, diagnostics, new Scalars(diagnostics));
  }
}
