package io.briefs.metrics;

import io.briefs.model.SourceLoc;
import java.math.BigDecimal;
import java.util.List;

/**
 * One number a brief may show, with how it was obtained: a stable id, the exact value, its unit,
 * the formula with the actual operands, and where each input was written.
 */
public record Fact(String id, BigDecimal value, FactUnit unit, String formula, List<SourceLoc> inputs) {

  /** Copies the list. */
  public Fact {
    inputs = List.copyOf(inputs);
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
