package io.briefs.validate;

import io.briefs.diag.Diagnostics;
import io.briefs.diag.Severity;
import io.briefs.metrics.MetricsDeriver;
import io.briefs.model.CompanyData;
import io.briefs.model.Quarter;
import io.briefs.narrative.CommentaryNumbers;

/**
 * A commentary number that names a figure of the brief but disagrees with the data: the build
 * refuses it, so validation does too. Only its errors are reported here; its warnings (numbers
 * naming no figure) come with the build, once.
 */
final class CommentaryRules implements Rule {

  @Override
  public void check(CompanyData data, Diagnostics out) {
    for (Quarter q : data.quarters()) {
      if (q.coverage().commentary() == null) {
        continue;
      }
      Diagnostics found = new Diagnostics();
      CommentaryNumbers.check(MetricsDeriver.derive(data, q), found);
      found.sorted().stream().filter(d -> d.severity() == Severity.ERROR).forEach(out::add);
    }
  }
}
