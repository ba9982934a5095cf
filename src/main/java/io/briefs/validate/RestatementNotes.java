package io.briefs.validate;

import io.briefs.diag.Diagnostics;
import io.briefs.metrics.MetricsDeriver;
import io.briefs.metrics.Restatement;
import io.briefs.model.CompanyData;
import io.briefs.model.Quarter;
import io.briefs.model.ValueKind;

/**
 * A comparative that differs from the earlier quarter's own file is a restatement: never an
 * error (companies revise their figures), always said, here as a note and in the brief.
 */
final class RestatementNotes implements Rule {

  @Override
  public void check(CompanyData data, Diagnostics out) {
    for (Quarter q : data.quarters()) {
      for (Restatement r : MetricsDeriver.restatements(data, q)) {
        ValueKind kind = DiagnosticText.kind(data.company(), r.path());
        out.note(r.restated().loc(), r.period().label() + " " + DiagnosticText.label(data.company(), r.path())
            + " restated: " + DiagnosticText.value(r.restated().value(), kind) + " in this release, "
            + DiagnosticText.value(r.asFirstReported().value(), kind) + " as first reported ("
            + DiagnosticText.place(r.asFirstReported().loc()) + ")");
      }
    }
  }
}
