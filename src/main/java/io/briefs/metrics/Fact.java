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

  /** The inputs of several facts, in order: those of a fact derived from them. */
  public static List<SourceLoc> inputs(Fact... facts) {
    List<SourceLoc> all = new java.util.ArrayList<>();
    for (Fact f : facts) {
      all.addAll(f.inputs());
    }
    return all;
  }

  /** Whether the value is below zero. */
  public boolean isNegative() {
    return value.signum() < 0;
  }
}
