package io.briefs.metrics;

import io.briefs.model.Amount;
import io.briefs.model.Consensus;
import io.briefs.model.Market;
import io.briefs.model.Metric;
import io.briefs.model.Quarter;
import io.briefs.model.SourceLoc;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Derives the results against consensus and the share price reaction. */
final class ReactionDeriver {
  private ReactionDeriver() {}

  static List<Surprise> surprises(Quarter q) {
    Consensus c = q.coverage().consensus();
    List<Surprise> out = new ArrayList<>();
    if (c == null) {
      return out;
    }
    for (Map.Entry<Metric, Amount> e : c.estimates().entrySet()) {
      Amount actual = q.figures().result(e.getKey());
      Amount estimate = e.getValue();
      if (actual == null || estimate.value().signum() == 0) {
        continue;
      }
      FactUnit unit = MetricsDeriver.unit(e.getKey().kind());
      String id = "consensus." + e.getKey().key();
      Fact actualFact = Fact.reported("results." + e.getKey().key(), actual.value(), unit, actual.loc());
      Fact estimateFact = Fact.reported(id, estimate.value(), unit, estimate.loc());
      BigDecimal pct = actual.value().subtract(estimate.value()).multiply(BigDecimal.valueOf(100))
          .divide(estimate.value().abs(), Decimals.CONTEXT);
      String formula = "(" + Measures.plain(actual.value()) + " - " + Measures.plain(estimate.value())
          + ") / |" + Measures.plain(estimate.value()) + "| * 100";
      Fact surprise = new Fact(id + ".surprise_pct", pct, FactUnit.PERCENT, formula,
          List.of(actual.loc(), estimate.loc()));
      out.add(new Surprise(e.getKey(), actualFact, estimateFact, surprise));
    }
    return out;
  }

  static MarketReaction market(Quarter q) {
    Market m = q.coverage().market();
    if (m == null) {
      return null;
    }
    SourceLoc at = m.loc();
    Fact previous = m.previousClose() == null ? null
        : Fact.reported("market.previous_close", m.previousClose(), FactUnit.PER_SHARE, at);
    Fact afterHours = m.afterHoursChangePct() == null ? null
        : Fact.reported("market.after_hours_change_pct", m.afterHoursChangePct(), FactUnit.PERCENT, at);
    Fact next = m.nextClose() == null ? null
        : Fact.reported("market.next_close", m.nextClose(), FactUnit.PER_SHARE, at);
    Fact nextDay = null;
    if (previous != null && next != null) {
      BigDecimal pct = Decimals.growthPct(next.value(), previous.value());
      if (pct != null) {
        String formula = "(" + Measures.plain(next.value()) + " - " + Measures.plain(previous.value())
            + ") / " + Measures.plain(previous.value()) + " * 100";
        nextDay = new Fact("market.next_day_change_pct", pct, FactUnit.PERCENT, formula, List.of(at));
      }
    }
    return new MarketReaction(previous, afterHours, next, nextDay);
  }
}
