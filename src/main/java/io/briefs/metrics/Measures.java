package io.briefs.metrics;

import io.briefs.model.Amount;
import io.briefs.model.FigurePath;
import io.briefs.model.FiscalQuarter;
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
    Fact value = Fact.reported(path.key(), current.value(), unit, current.loc());
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
            : Fact.reported(path.key() + "." + kind + "_base", prior.amount().value(), unit, prior.amount().loc());
    Restatement restatement =
        prior != null && prior.isRestated()
            ? new Restatement(period, path, prior.superseded(), prior.amount(), prior.revisedIn())
            : null;
    String id = path.key() + "." + kind + "_pct";
    if (useStated) {
      Fact pct =
          new Fact(id, current.statedChangePct(), FactUnit.PERCENT, "stated by the company", List.of(current.loc()));
      return new Change(pct, priorFact, true, restatement);
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
    Fact pct = new Fact(id, growth, FactUnit.PERCENT, formula, List.of(current.loc(), prior.amount().loc()));
    return new Change(pct, priorFact, false, restatement);
  }

  /** A value as plain digits, for formulas. */
  static String plain(BigDecimal value) {
    return value.stripTrailingZeros().toPlainString();
  }
}
