package io.briefs.validate;

import io.briefs.diag.Diagnostics;
import io.briefs.metrics.FigureWalk;
import io.briefs.metrics.Prior;
import io.briefs.metrics.PriorLookup;
import io.briefs.model.Amount;
import io.briefs.model.CompanyData;
import io.briefs.model.CompleteFrom;
import io.briefs.model.FigurePath;
import io.briefs.model.FiscalQuarter;
import io.briefs.model.Quarter;
import io.briefs.model.RecordClaim;
import io.briefs.model.ValueKind;
import java.util.ArrayList;
import java.util.List;

/**
 * The basis of records. A figure the company calls a record ({@code record: true}, or {@code
 * record: quarter} for a record of that fiscal quarter) must not be beaten by an earlier quarter
 * of the data as the release sees it; and data declared complete ({@code complete_from} in {@code
 * company.yaml}) must hold every quarter from then on, or "a record" would reach past a gap.
 */
final class RecordRules implements Rule {

  @Override
  public void check(CompanyData data, Diagnostics out) {
    completeness(data, out);
    for (Quarter q : data.quarters()) {
      PriorLookup lookup = null;
      for (FigurePath path : FigureWalk.paths(q.figures())) {
        Amount a = path.in(q.figures());
        if (a.record() == null) {
          continue;
        }
        lookup = lookup == null ? new PriorLookup(data, q) : lookup;
        contradiction(data, lookup, path, a, out);
      }
    }
  }

  private static void completeness(CompanyData data, Diagnostics out) {
    CompleteFrom declared = data.company().completeFrom();
    if (declared == null || data.quarters().isEmpty()) {
      return;
    }
    FiscalQuarter from = declared.period();
    List<String> missing = new ArrayList<>();
    FiscalQuarter last = data.quarters().get(data.quarters().size() - 1).period();
    for (FiscalQuarter p = from; p.compareTo(last) <= 0; p = p.next()) {
      if (data.quarter(p) == null) {
        missing.add(p.label());
      }
    }
    if (!missing.isEmpty()) {
      String shown = missing.size() > 6 ? String.join(", ", missing.subList(0, 6)) + " and " + (missing.size() - 6)
          + " more" : String.join(", ", missing);
      out.error(declared.loc(), "complete_from says every quarter from " + from.label() + " is in the data,"
          + " but these quarter files are missing: " + shown + "; add them or move complete_from later");
    }
  }

  private static void contradiction(CompanyData data, PriorLookup lookup, FigurePath path, Amount a,
      Diagnostics out) {
    RecordClaim claim = a.record();
    FiscalQuarter now = lookup.current().period();
    for (FiscalQuarter p = data.quarters().get(0).period(); p.compareTo(now) < 0; p = p.next()) {
      if (claim.ofQuarter() && p.quarter() != now.quarter()) {
        continue;
      }
      Prior prior = lookup.find(p, path);
      if (prior != null && prior.amount().value().compareTo(a.value()) > 0) {
        ValueKind kind = DiagnosticText.kind(data.company(), path);
        out.error(claim.loc(), DiagnosticText.label(data.company(), path) + " is called a record"
            + (claim.ofQuarter() ? " for a Q" + now.quarter() : "") + ", but " + p.label() + " was higher: "
            + DiagnosticText.value(prior.amount().value(), kind) + " (" + DiagnosticText.place(prior.amount().loc())
            + ") against " + DiagnosticText.value(a.value(), kind));
        return;
      }
    }
  }
}
