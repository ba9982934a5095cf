package io.briefs.metrics;

import io.briefs.model.SourceLoc;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Margins and their changes, as facts with formulas. */
final class Margins {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private Margins() {}

  /** {@code part / whole} in percent as a fact, or null when either is missing or whole is not positive. */
  static Fact share(String id, Fact part, Fact whole) {
    if (part == null || whole == null) {
      return null;
    }
    BigDecimal pct = Decimals.percentOf(part.value(), whole.value());
    if (pct == null) {
      return null;
    }
    String formula = Measures.plain(part.value()) + " / " + Measures.plain(whole.value()) + " * 100";
    return new Fact(id, pct, FactUnit.PERCENT, formula, concat(part, whole));
  }

  /**
   * {@code part / total} in percent, where {@code total} adds up many figures: the fact names the
   * total (listed in the ledger with its own inputs) instead of repeating every input of it.
   */
  static Fact shareOfTotal(String id, Fact part, Fact total) {
    Fact share = share(id, part, total);
    if (share == null) {
      return null;
    }
    List<Fact> named = new ArrayList<>(part.from());
    named.add(total);
    return new Fact(id, share.value(), share.unit(), share.formula(), part.inputs(), named);
  }

  /** The change from {@code prior} to {@code current} (both percentages) in basis points. */
  static Fact changeBps(String id, Fact current, Fact prior) {
    if (current == null || prior == null) {
      return null;
    }
    BigDecimal bps = current.value().subtract(prior.value()).multiply(HUNDRED);
    String formula = "(" + current.formula() + ") - (" + prior.formula() + "), in basis points";
    return new Fact(id, bps, FactUnit.BASIS_POINTS, formula, concat(current, prior), from(current, prior));
  }

  /** The change from {@code prior} to {@code current} (both percentages) in percentage points. */
  static Fact changePoints(String id, Fact current, Fact prior) {
    if (current == null || prior == null) {
      return null;
    }
    String formula = "(" + current.formula() + ") - (" + prior.formula() + ")";
    return new Fact(id, current.value().subtract(prior.value()), FactUnit.PERCENT, formula, concat(current, prior),
        from(current, prior));
  }

  /** The facts {@code a} and {@code b} name. */
  private static List<Fact> from(Fact a, Fact b) {
    List<Fact> all = new ArrayList<>(a.from());
    all.addAll(b.from());
    return all;
  }

  static List<SourceLoc> concat(Fact a, Fact b) {
    List<SourceLoc> all = new ArrayList<>(a.inputs());
    all.addAll(b.inputs());
    return all;
  }
}
