package io.briefs.metrics;

import io.briefs.model.SourceLoc;
import java.math.BigDecimal;
import java.util.List;

/**
 * One number a brief may show, with how it was obtained: a stable id, the exact value, its unit,
 * the formula with the actual operands, and where each input was written.
 *
 * @param from other facts this one is worked out from, each listed in the ledger with its own
 *     inputs, in place of repeating them: a segment's share of the segments' total operating income
 *     names the total, whose inputs are every segment (repeated in every share, the ledger would
 *     grow with the square of the segments)
 */
public record Fact(String id, BigDecimal value, FactUnit unit, String formula, List<SourceLoc> inputs, List<Fact> from) {

  /** Copies the lists. */
  public Fact {
    inputs = List.copyOf(inputs);
    from = List.copyOf(from);
  }

  /** A fact whose inputs are all places in the data. */
  public Fact(String id, BigDecimal value, FactUnit unit, String formula, List<SourceLoc> inputs) {
    this(id, value, unit, formula, inputs, List.of());
  }

  /** A figure taken as written in a dataset. */
  public static Fact reported(String id, BigDecimal value, FactUnit unit, SourceLoc at) {
    return new Fact(id, value, unit, "as reported", List.of(at));
  }

  /** Whether the value is below zero. */
  public boolean isNegative() {
    return value.signum() < 0;
  }
}
