package io.briefs.validate;

import io.briefs.diag.Diagnostics;
import io.briefs.model.AnalystAction;
import io.briefs.model.AnalystActionKind;
import io.briefs.model.CompanyData;
import io.briefs.model.Consensus;
import io.briefs.model.HolderChange;
import io.briefs.model.Market;
import io.briefs.model.Metric;
import io.briefs.model.Quarter;
import io.briefs.model.SourceLoc;
import java.math.BigDecimal;

/**
 * The editorial blocks around the figures: estimates that could be figures, share prices above
 * zero, moves that a price can make, broker targets that move the way the action says, and
 * holders whose exit is a sale.
 */
final class CoverageRules implements Rule {
  private static final BigDecimal MINUS_HUNDRED = BigDecimal.valueOf(-100);

  @Override
  public void check(CompanyData data, Diagnostics out) {
    for (Quarter q : data.quarters()) {
      consensus(q.coverage().consensus(), out);
      market(q.coverage().market(), out);
      q.coverage().analysts().forEach(a -> analyst(a, out));
      q.coverage().holders().forEach(h -> holder(h, out));
    }
  }

  private static void consensus(Consensus c, Diagnostics out) {
    if (c == null) {
      return;
    }
    c.estimates().forEach((metric, a) -> {
      if (metric == Metric.REVENUE && a.value().signum() < 0) {
        out.error(a.loc(), "the revenue estimate cannot be negative, found " + DiagnosticText.money(a.value()));
      } else if (metric == Metric.EPS || metric == Metric.EPS_NON_GAAP) {
        FigureRules.perShare(a.value(), a, "the " + metric.label() + " estimate", out);
      }
    });
  }

  private static void market(Market m, Diagnostics out) {
    if (m == null) {
      return;
    }
    price(m.previousClose(), "previous_close", m.loc(), out);
    price(m.nextClose(), "next_close", m.loc(), out);
    if (m.afterHoursChangePct() != null && m.afterHoursChangePct().compareTo(MINUS_HUNDRED) < 0) {
      out.error(m.loc(), "after_hours_change_pct " + DiagnosticText.plain(m.afterHoursChangePct())
          + " is impossible: a share price cannot fall by more than 100%");
    }
  }

  private static void price(BigDecimal price, String key, SourceLoc at, Diagnostics out) {
    if (price != null && price.signum() <= 0) {
      out.error(at, key + " must be a share price above zero, found " + DiagnosticText.plain(price));
    }
  }

  private static void analyst(AnalystAction a, Diagnostics out) {
    price(a.targetFrom(), "the price target's `from`", a.loc(), out);
    price(a.targetTo(), "the price target's `to`", a.loc(), out);
    if (a.targetFrom() == null || a.targetTo() == null) {
      return;
    }
    int move = a.targetTo().compareTo(a.targetFrom());
    if (a.action() == AnalystActionKind.RAISE_TARGET && move <= 0
        || a.action() == AnalystActionKind.LOWER_TARGET && move >= 0) {
      out.warning(a.loc(), a.firm() + "'s action is " + a.action().key() + " but the price target"
          + " goes from " + DiagnosticText.plain(a.targetFrom()) + " to " + DiagnosticText.plain(a.targetTo()));
    }
  }

  private static void holder(HolderChange h, Diagnostics out) {
    if (h.exited() && h.changeShares() >= 0) {
      out.warning(h.loc(), h.holder() + " exited its position, so change_shares should be the"
          + " negative number of shares sold, found " + h.changeShares());
    } else if (!h.exited() && h.changeShares() == 0) {
      out.warning(h.loc(), h.holder() + " has change_shares 0: a holder whose position did not"
          + " change is not news; remove the entry");
    }
  }
}
