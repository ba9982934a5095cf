package io.briefs.generated;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The editorial blocks of a release: estimates near the actual figures, prices, brokers, holders. */
final class Extras {
  private Extras() {}

  static Written.Extras of(Plan.Company plan, Truth truth, Materials.Draft d) {
    Plan.Extras e = d.plan().extras();
    int i = Truth.at(d.t());
    Map<String, Written.Fig> consensus = null;
    String source = null;
    if (e.consensus() != null) {
      consensus = new LinkedHashMap<>();
      source = e.consensus().source();
      for (int k = 0; k < Materials.METRICS.size(); k++) {
        if ((e.consensus().metrics() >> k & 1) == 1) {
          String key = Materials.METRICS.get(k);
          double v = truth.metrics[i][k] * (1 + e.consensus().missPermille() / 1000.0);
          BigDecimal written = d.writing().of(Materials.unitOf(key), key.startsWith("eps")
              ? Math.max(-800, Math.min(800, v)) : v);
          boolean stated = e.consensus().stated() && k == 0;
          consensus.put(key, new Written.Fig(written, stated ? Writing.percent(7.5) : null));
        }
      }
    }
    Plan.Market m = e.market();
    List<Written.Analyst> analysts = new ArrayList<>();
    for (Plan.Analyst a : e.analysts()) {
      analysts.add(analyst(a));
    }
    List<Plan.Holder> holders = e.holders().stream()
        .map(h -> h.exited() ? new Plan.Holder(h.holder(), -Math.abs(h.shares()), true) : h).toList();
    String commentary = e.commentary() == null ? null : Commentary.of(e.commentary(), plan, d);
    return new Written.Extras(consensus, source, m == null ? null : cents(m.previousCents()),
        m == null || m.afterHoursBp() == null ? null : BigDecimal.valueOf(m.afterHoursBp(), 2),
        m == null ? null : cents(m.nextCents()), m != null, analysts, holders, e.quotes(), e.risks(), commentary,
        e.sources());
  }

  /** A broker's action whose target moves the way the action says. */
  private static Written.Analyst analyst(Plan.Analyst a) {
    Integer from = a.fromCents();
    Integer to = a.toCents();
    if (from != null && to != null && a.action().endsWith("-target")) {
      int low = Math.min(from, to);
      int high = Math.max(from, to) == low ? low + 100 : Math.max(from, to);
      boolean raise = a.action().equals("raise-target");
      from = raise ? low : high;
      to = raise ? high : low;
    }
    return new Written.Analyst(a.firm(), a.action(), a.rating(), cents(from), cents(to));
  }

  private static BigDecimal cents(Integer cents) {
    return cents == null ? null : BigDecimal.valueOf(cents, 2);
  }
}
