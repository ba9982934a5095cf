package io.briefs.generated;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Map;

/**
 * Gives figures the change the company states, {@code {value, change_pct}}, consistent with the
 * data: computed from the year-earlier figure a reader of the files would use (this release's
 * comparatives first, else the earlier file unless this release restates that period), and where
 * there is none, from the company's true figures (the format then takes it as given).
 */
final class StatedChanges {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private final Plan.Company plan;
  private final Truth truth;
  private final Map<Integer, Materials.Draft> drafts;

  StatedChanges(Plan.Company plan, Truth truth, Map<Integer, Materials.Draft> drafts) {
    this.plan = plan;
    this.truth = truth;
    this.drafts = drafts;
  }

  void apply() {
    for (Materials.Draft d : drafts.values()) {
      int mask = d.plan().stated();
      int places = (mask >> 6 & 1) == 1 ? 1 : 0;
      for (FigPath p : FigPath.all(d.figures())) {
        if ((mask >> p.statedBit() & 1) == 1) {
          Written.Fig fig = p.in(d.figures());
          p.put(d.figures(), new Written.Fig(fig.value(), pct(d, p, fig.value(), places)));
        }
      }
    }
  }

  private BigDecimal pct(Materials.Draft d, FigPath p, BigDecimal written, int places) {
    String unit = p.unit(plan);
    BigDecimal current = d.writing().plain(unit, written);
    BigDecimal prior = prior(d, p, unit);
    BigDecimal pct;
    if (prior != null && prior.signum() <= 0) {
      // a change from zero or from a loss has no percentage: the briefs tell it in words and drop
      // a stated one, so commentary quoting it would name a figure the brief does not have
      return null;
    }
    if (prior != null) {
      pct = current.subtract(prior).multiply(HUNDRED).divide(prior, MathContext.DECIMAL64);
    } else {
      double now = p.truth(plan, truth, Truth.at(d.t()));
      double before = p.truth(plan, truth, Truth.at(d.t() - 4));
      pct = BigDecimal.valueOf(before > 0 ? (now - before) * 100 / before : now >= 0 ? 100 : -100);
    }
    pct = pct.setScale(places, RoundingMode.HALF_UP);
    if (pct.precision() > 18) {
      return null; // from a tiny base a change runs to more digits than the format allows: none stated
    }
    // a figure that is not negative cannot have fallen by more than 100%
    return written.signum() >= 0 && pct.compareTo(HUNDRED.negate()) < 0 ? HUNDRED.negate() : pct;
  }

  /** The year-earlier figure in plain units, as the format's rules pick it, or null. */
  private BigDecimal prior(Materials.Draft d, FigPath p, String unit) {
    String yearAgo = Materials.plus(d.period(), -4).label();
    Written.Block comparative = d.comparatives().get(yearAgo);
    Written.Fig stated = comparative == null ? null : p.in(comparative);
    if (stated != null) {
      return d.writing().plain(unit, stated.value());
    }
    // a release since then may have revised it: the latest one out before this release wins, as
    // the briefs compare (PriorLookup)
    for (int t = d.t() - 1; t > d.t() - 4; t--) {
      Materials.Draft between = drafts.get(t);
      Written.Block revised = between == null ? null : between.comparatives().get(yearAgo);
      Written.Fig fig = revised == null ? null : p.in(revised);
      if (fig != null) {
        return between.writing().plain(unit, fig.value());
      }
    }
    Materials.Draft earlier = drafts.get(d.t() - 4);
    Written.Fig own = earlier == null ? null : p.in(earlier.figures());
    if (own == null || p.kind() != FigPath.Kind.KPI && restated(d, earlier, comparative)) {
      return null;
    }
    return earlier.writing().plain(unit, own.value());
  }

  /** Whether this release's comparatives give any figure of the earlier file differently. */
  private boolean restated(Materials.Draft d, Materials.Draft earlier, Written.Block comparative) {
    if (comparative == null) {
      return false;
    }
    for (FigPath p : FigPath.all(comparative)) {
      Written.Fig own = p.in(earlier.figures());
      String unit = p.unit(plan);
      if (own != null && differ(d.writing().plain(unit, p.in(comparative).value()),
          earlier.writing().plain(unit, own.value()))) {
        return true;
      }
    }
    return false;
  }

  /** Whether two written figures differ by more than their rounding explains. */
  static boolean differ(BigDecimal a, BigDecimal b) {
    BigDecimal slack = a.ulp().add(b.ulp()).divide(BigDecimal.valueOf(2));
    return a.subtract(b).abs().compareTo(slack) > 0;
  }
}
