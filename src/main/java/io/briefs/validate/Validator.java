package io.briefs.validate;

import io.briefs.diag.Diagnostics;
import io.briefs.model.CompanyData;
import io.briefs.model.Corpus;
import java.util.List;

/**
 * Checks the rules of the dataset format that span more than one value or file: dates in order,
 * figures that cannot be, totals, stated changes against computed ones, guidance, restatements,
 * and commentary numbers against the figures they name.
 * Runs on what the loader could read; structure, types and names are the loader's business.
 */
public final class Validator {
  private static final List<Rule> RULES = List.of(
      new CompanyRules(),
      new DateRules(),
      new TimelineRules(),
      new FigureRules(),
      new TotalRules(),
      new StatedChangeRules(),
      new RestatementNotes(),
      new GuidanceRules(),
      new CoverageRules(),
      new ScaleRules());
  private static final Rule COMMENTARY = new CommentaryRules();

  private final Diagnostics diagnostics;

  /** A validator that reports into {@code diagnostics}. */
  public Validator(Diagnostics diagnostics) {
    this.diagnostics = diagnostics;
  }

  /** Checks every company of the corpus. */
  public void validate(Corpus corpus) {
    for (CompanyData company : corpus.companies()) {
      int before = diagnostics.errorCount();
      for (Rule rule : RULES) {
        rule.check(company, diagnostics);
      }
      // the words are checked against metrics, which are derived (as a build does) only from
      // data that passed every other rule
      if (diagnostics.errorCount() == before) {
        COMMENTARY.check(company, diagnostics);
      }
    }
  }
}
