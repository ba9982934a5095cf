package io.briefs.generated;

import io.briefs.model.FiscalQuarter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The outlook of a release in every range form, around what the company will truly do: for the
 * next quarters or for a fiscal year still ahead, each period once, any status.
 */
final class Guidance {
  private Guidance() {}

  static List<Written.Guide> of(Plan.Company plan, Truth truth, Materials.Draft d, FiscalQuarter first) {
    List<Written.Guide> out = new ArrayList<>();
    Set<String> periods = new HashSet<>();
    for (Plan.Guide g : d.plan().guidance()) {
      FiscalQuarter now = d.period();
      List<Integer> quarters = new ArrayList<>();
      String label = switch (g.target()) {
        case NEXT_QUARTER, QUARTER_AFTER -> {
          int ahead = g.target() == Plan.Target.NEXT_QUARTER ? 1 : 2;
          quarters.add(d.t() + ahead);
          yield Materials.plus(now, ahead).label();
        }
        case THIS_YEAR, NEXT_YEAR -> {
          int year = now.year() + (g.target() == Plan.Target.NEXT_YEAR ? 1 : 0);
          for (int q = 1; q <= 4; q++) {
            quarters.add(new FiscalQuarter(year, q).quartersSince(first));
          }
          yield g.target() == Plan.Target.THIS_YEAR && now.quarter() == 4 ? null : "FY" + year;
        }
      };
      if (label == null || !periods.add(label)) {
        continue;
      }
      Map<String, Written.Range> metrics = new LinkedHashMap<>();
      Map<String, Written.Range> kpis = new LinkedHashMap<>();
      for (Plan.Guided f : g.figures()) {
        int which = f.which() % (Materials.METRICS.size() + plan.kpis().size());
        if (which < Materials.METRICS.size()) {
          String key = Materials.METRICS.get(which);
          double v = expected(quarters, i -> truth.metrics[i][which], true, truth);
          metrics.putIfAbsent(key, range(d.writing(), Materials.unitOf(key), v, f));
        } else {
          int k = which - Materials.METRICS.size();
          Plan.Kpi kpi = plan.kpis().get(k);
          boolean summed = !kpi.stock() && !kpi.unit().equals("percent");
          double v = expected(quarters, i -> truth.kpis[i][k], summed, truth);
          kpis.putIfAbsent(kpi.id(), range(d.writing(), kpi.unit(), v, f));
        }
      }
      out.add(new Written.Guide(label, metrics, kpis, g.status()));
    }
    return out;
  }

  /** The true value over the guided quarters: their sum for amounts over time, else the last one. */
  private static double expected(List<Integer> quarters, java.util.function.IntToDoubleFunction value,
      boolean summed, Truth truth) {
    if (!summed) {
      return value.applyAsDouble(Truth.at(quarters.get(quarters.size() - 1)));
    }
    double sum = 0;
    for (int t : quarters) {
      sum += value.applyAsDouble(Truth.at(t));
    }
    return sum;
  }

  private static Written.Range range(Writing w, String unit, double expected, Plan.Guided f) {
    double v = expected * (1 + f.offsetPermille() / 1000.0);
    // per-share amounts stay within +/-1000 with the widest spread (20%)
    v = unit.equals("per-share") ? Math.max(-800, Math.min(800, v)) : v;
    double delta = Math.abs(v) * f.spreadPermille() / 1000.0;
    Map<String, BigDecimal> keys = new LinkedHashMap<>();
    switch (f.form()) {
      case BOUNDS -> {
        keys.put("low", w.of(unit, v - delta));
        keys.put("high", w.of(unit, v + delta));
      }
      case MID_PLUS_MINUS -> {
        keys.put("mid", w.of(unit, v));
        keys.put("plus_minus", w.of(unit, delta).abs());
      }
      case MID_PLUS_MINUS_PCT -> {
        keys.put("mid", w.of(unit, v));
        keys.put("plus_minus_pct", Writing.percent(f.spreadPermille() / 10.0));
      }
      case MID -> keys.put("mid", w.of(unit, v));
      case AT_LEAST -> keys.put("low", w.of(unit, v - delta));
      case AT_MOST -> keys.put("high", w.of(unit, v + delta));
    }
    return new Written.Range(keys);
  }
}
