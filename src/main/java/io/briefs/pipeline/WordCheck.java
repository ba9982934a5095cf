package io.briefs.pipeline;

import io.briefs.build.BuildPlan;
import io.briefs.build.Workers;
import io.briefs.diag.BriefsException;
import io.briefs.diag.Diagnostic;
import io.briefs.diag.Diagnostics;
import io.briefs.diag.Severity;
import io.briefs.ledger.ConsistencyGate;
import io.briefs.model.CompanyData;
import io.briefs.model.Quarter;
import java.io.IOException;
import java.util.List;

/**
 * The stage that checks the words of every brief to render before any is rendered, so one run
 * reports every problem: commentary numbers against the data, and the consistency gate on the
 * brief and its charts' findings. Rendering derives the words again (about 4% of a brief's CPU)
 * rather than hold them all in memory.
 */
final class WordCheck {
  private final Drafter drafter;
  private final int jobs;

  WordCheck(Drafter drafter, int jobs) {
    this.drafter = drafter;
    this.jobs = jobs;
  }

  /** The warnings of every brief's words; fails with every error found. */
  List<Diagnostic> run(List<BuildPlan.Job> briefs) throws BriefsException, IOException {
    List<Diagnostic> all = findings(briefs);
    if (all.stream().anyMatch(d -> d.severity() == Severity.ERROR)) {
      throw new BriefsException(all);
    }
    return all;
  }

  /** Every problem in the words of the briefs, sorted, errors and warnings alike. */
  List<Diagnostic> findings(List<BuildPlan.Job> briefs) throws BriefsException, IOException {
    List<List<Diagnostic>> found = Workers.run(jobs, briefs.stream()
        .map(j -> (Workers.Task<List<Diagnostic>>) () -> check(j.company(), j.quarter())).toList());
    Diagnostics all = new Diagnostics();
    found.forEach(list -> list.forEach(all::add));
    return all.sorted();
  }

  /** Problems in one brief's words. */
  private List<Diagnostic> check(CompanyData company, Quarter quarter) throws BriefsException, IOException {
    Diagnostics d = new Diagnostics();
    Draft draft = BriefFailures.guarded(quarter, () -> drafter.draft(company, quarter, d));
    new ConsistencyGate(draft.numbers()).check(draft.brief(), draft.charts()).forEach(d::add);
    return d.sorted();
  }
}
