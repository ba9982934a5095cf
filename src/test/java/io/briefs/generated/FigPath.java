package io.briefs.generated;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

/** Where a figure sits in a written block: a result, a segment's revenue or income, a line, a KPI. */
record FigPath(Kind kind, String first, String second) {
  enum Kind { RESULT, SEGMENT_REVENUE, SEGMENT_INCOME, LINE, KPI }

  Written.Fig in(Written.Block b) {
    Written.Segment s = b.segments().get(first);
    return switch (kind) {
      case RESULT -> b.results().get(first);
      case SEGMENT_REVENUE -> s == null ? null : s.revenue();
      case SEGMENT_INCOME -> s == null ? null : s.operatingIncome();
      case LINE -> s == null ? null : s.lines().get(second);
      case KPI -> b.kpis().get(first);
    };
  }

  /** Replaces the figure in {@code b} (which must hold it). */
  void put(Written.Block b, Written.Fig fig) {
    Written.Segment s = b.segments().get(first);
    switch (kind) {
      case RESULT -> b.results().put(first, fig);
      case SEGMENT_REVENUE -> b.segments().put(first, new Written.Segment(fig, s.operatingIncome(), s.lines()));
      case SEGMENT_INCOME -> b.segments().put(first, new Written.Segment(s.revenue(), fig, s.lines()));
      case LINE -> s.lines().put(second, fig);
      case KPI -> b.kpis().put(first, fig);
    }
  }

  /** Every figure of a block, in file order. */
  static List<FigPath> all(Written.Block b) {
    List<FigPath> out = new ArrayList<>();
    b.results().keySet().forEach(k -> out.add(new FigPath(Kind.RESULT, k, null)));
    b.segments().forEach((id, s) -> {
      if (s.revenue() != null) {
        out.add(new FigPath(Kind.SEGMENT_REVENUE, id, null));
      }
      if (s.operatingIncome() != null) {
        out.add(new FigPath(Kind.SEGMENT_INCOME, id, null));
      }
      new LinkedHashMap<>(s.lines()).keySet().forEach(l -> out.add(new FigPath(Kind.LINE, id, l)));
    });
    b.kpis().keySet().forEach(k -> out.add(new FigPath(Kind.KPI, k, null)));
    return out;
  }

  /** The unit of the figure: money, per-share, count or percent. */
  String unit(Plan.Company plan) {
    return switch (kind) {
      case RESULT -> Materials.unitOf(first);
      case KPI -> plan.kpis().stream().filter(k -> k.id().equals(first)).findFirst().orElseThrow().unit();
      default -> "money";
    };
  }

  /** Which bit of a quarter plan's {@code stated} mask gives this figure a stated change. */
  int statedBit() {
    return switch (kind) {
      case RESULT -> first.equals("revenue") ? 0 : 1;
      case SEGMENT_REVENUE -> 2;
      case SEGMENT_INCOME -> 3;
      case LINE -> 4;
      case KPI -> 5;
    };
  }

  /** The true value of this figure in quarter array index {@code i}. */
  double truth(Plan.Company plan, Truth truth, int i) {
    int seg = indexOfSegment(plan, first);
    return switch (kind) {
      case RESULT -> truth.metrics[i][Materials.METRICS.indexOf(first)];
      case SEGMENT_REVENUE -> truth.segmentRevenue[i][seg];
      case SEGMENT_INCOME -> truth.segmentIncome[i][seg];
      case LINE -> truth.lines[i][seg][indexOfLine(plan.segments().get(seg), second)];
      case KPI -> truth.kpis[i][plan.kpis().indexOf(plan.kpis().stream().filter(k -> k.id().equals(first))
          .findFirst().orElseThrow())];
    };
  }

  private static int indexOfSegment(Plan.Company plan, String id) {
    for (int k = 0; k < plan.segments().size(); k++) {
      if (plan.segments().get(k).id().equals(id)) {
        return k;
      }
    }
    return -1;
  }

  private static int indexOfLine(Plan.Segment segment, String id) {
    for (int j = 0; j < segment.lines().size(); j++) {
      if (segment.lines().get(j).id().equals(id)) {
        return j;
      }
    }
    return -1;
  }
}
