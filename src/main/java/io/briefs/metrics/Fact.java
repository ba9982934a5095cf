package io.briefs.metrics;

import io.briefs.model.SourceLoc;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * One number a brief may show, with how it was obtained: a stable id, the exact value, its unit,
 * the formula with the actual operands, where each input was written, and whether it rests on a
 * figure the company gave as an approximation (then the brief says "about").
 *
 * @param from other facts this one is worked out from, each listed in the ledger with its own
 *     inputs, in place of repeating them: a segment's share of the segments' total operating income
 *     names the total, whose inputs are every segment (repeated in every share, the ledger would
 *     grow with the square of the segments)
 */
public record Fact(String id, BigDecimal value, FactUnit unit, String formula, List<SourceLoc> inputs,
    boolean approximate, List<Fact> from) {

  /** Copies the lists. */
  public Fact {
    inputs = List.copyOf(inputs);
    from = List.copyOf(from);
  }

  /** An exact fact whose inputs are all places in the data. */
  public Fact(String id, BigDecimal value, FactUnit unit, String formula, List<SourceLoc> inputs) {
    this(id, value, unit, formula, inputs, false, List.of());
  }

  /** A fact whose inputs are all places in the data, resting on an approximation when {@code approximate}. */
  public Fact(String id, BigDecimal value, FactUnit unit, String formula, List<SourceLoc> inputs, boolean approximate) {
    this(id, value, unit, formula, inputs, approximate, List.of());
  }

  /** An exact fact worked out from places in the data and from other facts. */
  public Fact(String id, BigDecimal value, FactUnit unit, String formula, List<SourceLoc> inputs, List<Fact> from) {
    this(id, value, unit, formula, inputs, false, from);
  }

  /** A figure taken as written in a dataset. */
  public static Fact reported(String id, BigDecimal value, FactUnit unit, SourceLoc at) {
    return new Fact(id, value, unit, "as reported", List.of(at));
  }

  /** The inputs of several facts, in order: those of a fact derived from them. */
  public static List<SourceLoc> inputs(Fact... facts) {
    List<SourceLoc> all = new ArrayList<>();
    for (Fact f : facts) {
      all.addAll(f.inputs());
    }
    return all;
  }

  /** A figure taken as written, which the company gave as an approximation when {@code approximate}. */
  public static Fact reported(String id, BigDecimal value, FactUnit unit, SourceLoc at, boolean approximate) {
    return approximate
        ? new Fact(id, value, unit, "as reported, approximately", List.of(at), true)
        : reported(id, value, unit, at);
  }

  /** Whether the value is below zero. */
  public boolean isNegative() {
    return value.signum() < 0;
  }
}
