package io.briefs.metrics;

import io.briefs.model.Amount;
import io.briefs.model.FigurePath;
import io.briefs.model.Figures;
import io.briefs.model.FiscalQuarter;
import io.briefs.model.Quarter;
import io.briefs.model.SourceLoc;
import io.briefs.model.StatedChange;
import java.math.BigDecimal;
import java.util.List;

/** Builds {@link Measure}s: a figure of the brief's quarter with its year and quarter changes. */
public final class Measures {
  private final PriorLookup lookup;

  /** Measures as seen from the lookup's release. */
  public Measures(PriorLookup lookup) {
    this.lookup = lookup;
  }

  /** The measure of {@code path}, or null when the quarter does not disclose it. */
  public Measure of(FigurePath path, FactUnit unit) {
    Amount current = path.in(lookup.current().figures());
    if (current == null) {
      return null;
    }
    Fact value = Fact.reported(path.key(), current.value(), unit, current.loc(), current.approximate());
    FiscalQuarter period = lookup.current().period();
    Prior yearAgo = lookup.find(period.yearAgo(), path);
    Fact yearAgoFact = yearAgo == null ? null
        : Fact.reported(path.key() + ".yoy_base", yearAgo.amount().value(), unit, yearAgo.amount().loc());
    boolean crossed = yearAgoFact != null && (yearAgoFact.value().signum() <= 0 || current.value().signum() < 0);
    // a percentage of a change across zero, or of a loss, has no meaning a reader would trust: the
    // words tell it ("swung to a loss", "the loss narrowed"), even where the company states one
    Change yoy = crossed ? null : change(path, current, period.yearAgo(), "yoy", unit, current.hasStatedChange());
    Change qoq = change(path, current, period.previous(), "qoq", unit, false);
    if (qoq != null && qoq.prior() != null && (qoq.prior().value().signum() <= 0 || current.value().signum() < 0)) {
      qoq = null;
    }
    return new Measure(path, value, yoy, qoq, yearAgoFact);
  }

  private Change change(
      FigurePath path, Amount current, FiscalQuarter period, String kind, FactUnit unit, boolean useStated) {
    Prior prior = lookup.find(period, path);
    Fact priorFact =
        prior == null
            ? null
            : Fact.reported(path.key() + "." + kind + "_base", prior.amount().value(), unit, prior.amount().loc(),
                prior.amount().approximate());
    Restatement restatement =
        prior != null && prior.isRestated()
            ? new Restatement(period, path, prior.superseded(), prior.amount(), prior.revisedIn())
            : null;
    String id = path.key() + "." + kind + "_pct";
    if (useStated) {
      Fact pct =
          new Fact(id, current.statedChangePct(), FactUnit.PERCENT, "stated by the company", List.of(current.loc()));
      // no prior on the brief's basis, but the period's own file has one: the company's change is
      // against a figure it has since revised, which the data does not hold
      Quarter own = prior == null && !lookup.isRecast(period, path) ? lookup.data().quarter(period)
          : null;
      Amount first = own == null ? null : path.in(own.figures());
      return new Change(pct, priorFact, true, restatement, first);
    }
    if (prior == null) {
      return null;
    }
    BigDecimal growth = Decimals.growthPct(current.value(), prior.amount().value());
    if (growth == null) {
      return null;
    }
    String formula =
        "(" + plain(current.value()) + " - " + plain(prior.amount().value()) + ") / "
            + plain(prior.amount().value()) + " * 100";
    // a change worked out from an approximate figure is shown as it is: the figure says "about"
    Fact pct = new Fact(id, growth, FactUnit.PERCENT, formula, List.of(current.loc(), prior.amount().loc()));
    return new Change(pct, priorFact, false, restatement);
  }

  /**
   * What the company stated about the change of {@code path} beyond a computed or stated change
   * in percent: a change at constant currency, a change in basis points, or a change given without
   * the figure. Null when it stated none of these.
   */
  public ChangeFacts stated(FigurePath path) {
    Figures figures = lookup.current().figures();
    Amount current = path.in(figures);
    StatedChange alone = figures.changeOnly(path);
    if (current != null && (current.statedChangeCcPct() != null || current.statedChangeBps() != null)) {
      return new ChangeFacts(path, null, stated(path, "yoy_pct_cc", current.statedChangeCcPct(), FactUnit.PERCENT,
          current.loc()), stated(path, "yoy_bps", current.statedChangeBps(), FactUnit.BASIS_POINTS, current.loc()),
          false);
    }
    if (alone != null) {
      return new ChangeFacts(path, stated(path, "yoy_pct", alone.pct(), FactUnit.PERCENT, alone.loc()),
          stated(path, "yoy_pct_cc", alone.ccPct(), FactUnit.PERCENT, alone.loc()),
          stated(path, "yoy_bps", alone.bps(), FactUnit.BASIS_POINTS, alone.loc()), true);
    }
    return null;
  }

  private static Fact stated(FigurePath path, String kind, BigDecimal value, FactUnit unit, SourceLoc at) {
    return value == null ? null
        : new Fact(path.key() + "." + kind, value, unit, "stated by the company", List.of(at));
  }

  /** A value as plain digits, for formulas. */
  static String plain(BigDecimal value) {
    return value.stripTrailingZeros().toPlainString();
  }
}
