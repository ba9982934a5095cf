package io.briefs.generated;

import io.briefs.model.FiscalQuarter;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Turns a company plan into its quarter files as written: figures, dates, comparatives, guidance, extras. */
final class Materials {
  /** Revenue, then the optional metrics; bit k-1 of a plan's metric masks stands for METRICS.get(k). */
  static final List<String> METRICS = List.of("revenue", "gross_profit", "gross_profit_non_gaap", "operating_income",
      "operating_income_non_gaap", "net_income", "eps", "eps_non_gaap", "operating_cash_flow");

  private Materials() {}

  /** A quarter on its way to a file: where it sits, how it writes, its own and comparative figures. */
  record Draft(int t, Plan.Quarter plan, FiscalQuarter period, Writing writing, Written.Block figures,
      Map<String, Written.Block> comparatives) {}

  static String unitOf(String metric) {
    return metric.startsWith("eps") ? "per-share" : "money";
  }

  static List<Written.Quarter> of(Plan.Company plan) {
    Map<Integer, Plan.Quarter> byIndex = new TreeMap<>(Truth.indexed(plan.quarters()));
    int last = byIndex.keySet().stream().mapToInt(Integer::intValue).max().orElseThrow();
    Truth truth = new Truth(plan, byIndex, last);
    FiscalQuarter first = new FiscalQuarter(plan.calendar().firstYear(), plan.calendar().firstQuarter());
    Map<Integer, Draft> drafts = new TreeMap<>();
    byIndex.forEach((t, q) -> {
      FiscalQuarter period = plus(first, t);
      String units = q.units() != null ? q.units() : plan.scale().units() != null ? plan.scale().units()
          : Writing.fitting(plan.scale());
      Writing w = Writing.of(units, plan.scale());
      Written.Block own = block(plan, truth, t, w, q.drop(), q.segmentDrop(), true, true, 1);
      drafts.put(t, new Draft(t, q, period, w, own, comparatives(plan, truth, t, period, w, q.comparatives())));
    });
    new StatedChanges(plan, truth, drafts).apply();
    List<Written.Quarter> out = new ArrayList<>();
    LocalDate lastReported = LocalDate.MIN;
    for (Draft d : drafts.values()) {
      LocalDate end = periodEnd(plan.calendar(), d.period());
      // releases come out in order: a late one is followed by the next no earlier than it
      LocalDate reported = end.plus(d.plan().lagDays(), ChronoUnit.DAYS);
      reported = reported.isBefore(lastReported) ? lastReported : reported;
      lastReported = reported;
      out.add(new Written.Quarter(d.period().label(), end, reported,
          d.writing().units(), d.figures(), d.comparatives(), Guidance.of(plan, truth, d, first),
          Extras.of(plan, truth, d)));
    }
    return out;
  }

  static FiscalQuarter plus(FiscalQuarter q, int quarters) {
    int index = q.year() * 4 + q.quarter() - 1 + quarters;
    return new FiscalQuarter(Math.floorDiv(index, 4), Math.floorMod(index, 4) + 1);
  }

  /** The end of a quarter: its calendar month's last day, or the weekday nearest it (52/53-week years). */
  static LocalDate periodEnd(Plan.Calendar c, FiscalQuarter q) {
    LocalDate monthEnd = YearMonth.of(q.year(), c.yearEnd()).minusMonths(3L * (4 - q.quarter())).atEndOfMonth();
    if (c.weekday() == null) {
      return monthEnd;
    }
    LocalDate before = monthEnd.with(TemporalAdjusters.previousOrSame(c.weekday()));
    LocalDate after = monthEnd.with(TemporalAdjusters.nextOrSame(c.weekday()));
    return ChronoUnit.DAYS.between(before, monthEnd) <= ChronoUnit.DAYS.between(monthEnd, after) ? before : after;
  }

  /** The figures of quarter {@code t} as file {@code w} writes them, money restated by {@code factor}. */
  static Written.Block block(Plan.Company plan, Truth truth, int t, Writing w, int drop, int segmentDrop,
      boolean segments, boolean kpis, double factor) {
    int i = Truth.at(t);
    Written.Block b = Written.Block.empty();
    for (int k = 0; k < METRICS.size(); k++) {
      boolean reported = k == 0 || (plan.scale().metrics() >> (k - 1) & 1) == 1 && (drop >> (k - 1) & 1) == 0;
      if (reported) {
        double v = truth.metrics[i][k] * factor;
        b.results().put(METRICS.get(k), Written.Fig.bare(w.of(unitOf(METRICS.get(k)), v)));
      }
    }
    for (int s = 0; segments && s < plan.segments().size(); s++) {
      Plan.Segment seg = plan.segments().get(s);
      int bits = s < 4 ? segmentDrop >> (2 * s) & 3 : 0;
      if (bits == 3) {
        continue;
      }
      Map<String, Written.Fig> lines = new LinkedHashMap<>();
      for (int j = 0; j < seg.lines().size(); j++) {
        if ((drop >> ((s + j) % 8) & 1) == 0) {
          lines.put(seg.lines().get(j).id(), Written.Fig.bare(w.money(truth.lines[i][s][j] * factor)));
        }
      }
      Written.Fig revenue = (bits & 1) == 1 ? null : Written.Fig.bare(w.money(truth.segmentRevenue[i][s] * factor));
      Written.Fig income = (bits & 2) == 2 ? null : Written.Fig.bare(w.money(truth.segmentIncome[i][s] * factor));
      b.segments().put(seg.id(), new Written.Segment(revenue, income, lines));
    }
    for (int k = 0; kpis && k < plan.kpis().size(); k++) {
      if ((drop >> ((k + 4) % 8) & 1) == 0) {
        b.kpis().put(plan.kpis().get(k).id(), Written.Fig.bare(w.of(plan.kpis().get(k).unit(), truth.kpis[i][k])));
      }
    }
    return b;
  }

  private static Map<String, Written.Block> comparatives(Plan.Company plan, Truth truth, int t, FiscalQuarter period,
      Writing w, Plan.Comparatives c) {
    Map<String, Written.Block> out = new LinkedHashMap<>();
    if (c == null) {
      return out;
    }
    if (c.yearAgo()) {
      Written.Block b = block(plan, truth, t - 4, w, 0, 0, c.segments(), c.kpis(), 1 + c.restatePermille() / 1000.0);
      if (c.stated() && truth.metrics[Truth.at(t - 4)][0] > 0 && t >= 0) {
        b.results().put("revenue", new Written.Fig(b.results().get("revenue").value(), Writing.percent(5)));
      }
      out.put(plus(period, -4).label(), b);
    }
    if (c.previous()) {
      out.put(plus(period, -1).label(), block(plan, truth, t - 1, w, 0, 0, c.segments(), c.kpis(), 1));
    }
    return out;
  }
}
