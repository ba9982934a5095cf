package io.briefs.narrative;

import java.util.function.BiConsumer;

/**
 * A fact competing for the headline: its kind (the two headline clauses come from different
 * kinds), its score, and how it reads as a headline clause, first or after "as".
 */
record Candidate(String kind, double score, BiConsumer<Prose.Builder, Boolean> writer) {

  /** Appends the clause; the first clause names the company. */
  void clause(Prose.Builder b, boolean first) {
    writer.accept(b, first);
  }
}
