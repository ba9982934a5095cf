package io.briefs.metrics;

import io.briefs.model.Amount;
import io.briefs.model.FigurePath;
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
    return new Fact(id, pct, FactUnit.PERCENT, formula, concat(part, whole), part.approximate() || whole.approximate());
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
    return new Fact(id, bps, FactUnit.BASIS_POINTS, formula, concat(current, prior),
        current.approximate() || prior.approximate(), from(current, prior));
  }

  /** The change from {@code prior} to {@code current} (both percentages) in percentage points. */
  static Fact changePoints(String id, Fact current, Fact prior) {
    if (current == null || prior == null) {
      return null;
    }
    String formula = "(" + current.formula() + ") - (" + prior.formula() + ")";
    return new Fact(id, current.value().subtract(prior.value()), FactUnit.PERCENT, formula, concat(current, prior),
        current.approximate() || prior.approximate(), from(current, prior));
  }

  /**
   * The margin a brief shows for {@code stated}: the company's stated margin when this release
   * gives it, else {@code computed}; its year-earlier value, stated (as this release sees that
   * period) or else {@code computedPrior}; and the change in basis points, as stated or worked
   * out. Null when there is no margin. Without stated margins this is exactly {@code computed}
   * against {@code computedPrior}.
   *
   * @param id the fact id of the margin ({@code results.operating_margin})
   */
  static MarginFigure figure(PriorLookup lookup, FigurePath stated, String id, Fact computed, Fact computedPrior) {
    Amount given = stated.in(lookup.current().figures());
    Fact now = given == null ? computed
        : Fact.reported(id, given.value(), FactUnit.PERCENT, given.loc(), given.approximate());
    if (now == null) {
      return null;
    }
    Prior p = lookup.find(lookup.current().period().yearAgo(), stated);
    Fact prior = p == null ? computedPrior
        : Fact.reported(id + "_prior", p.amount().value(), FactUnit.PERCENT, p.amount().loc(), p.amount().approximate());
    Fact bps = given != null && given.statedChangeBps() != null
        ? new Fact(id + ".yoy_bps", given.statedChangeBps(), FactUnit.BASIS_POINTS, "stated by the company",
            List.of(given.loc()))
        : changeBps(id + ".yoy_bps", now, prior);
    return new MarginFigure(stated, now, prior, bps);
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
