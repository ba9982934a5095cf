package io.briefs.validate;

import io.briefs.diag.Diagnostics;
import io.briefs.model.CompanyData;
import io.briefs.model.Corpus;
import java.util.List;

/**
 * Checks the rules of the dataset format that span more than one value or file: dates in order,
 * figures that cannot be, totals, stated changes against computed ones, guidance, restatements.
 * Runs on what the loader could read; structure, types and names are the loader's business.
 */
public final class Validator {
  private static final List<Rule> RULES = List.of(
      new CompanyRules(),
      new DateRules(),
      new TimelineRules(),
      new FigureRules(),
      new MoneyScaleRules(),
      new TotalRules(),
      new StatedChangeRules(),
      new MarginRules(),
      new RestatementNotes(),
      new GuidanceRules(),
      new GuidedChangeRules(),
      new RecordRules(),
      new CoverageRules(),
      new ScaleRules());

  private final Diagnostics diagnostics;

  /** A validator that reports into {@code diagnostics}. */
  public Validator(Diagnostics diagnostics) {
    this.diagnostics = diagnostics;
  }

  /** Checks every company of the corpus. */
  public void validate(Corpus corpus) {
    for (CompanyData company : corpus.companies()) {
      for (Rule rule : RULES) {
        rule.check(company, diagnostics);
      }
    }
  }
}
