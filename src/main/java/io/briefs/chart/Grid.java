package io.briefs.chart;

import io.briefs.metrics.Fact;
import io.briefs.model.FiscalQuarter;
import io.briefs.model.FiscalYear;
import io.briefs.model.PeriodRef;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A chart's data while it is planned: periods along the axis, named series of facts (null where
 * the data has no value) and point labels. Series without any point are never added.
 */
final class Grid {
  private final List<PeriodRef> periods;
  private final List<String> names = new ArrayList<>();
  private final List<List<Fact>> points = new ArrayList<>();
  private final List<PointLabel> labels = new ArrayList<>();

  Grid(List<? extends PeriodRef> periods) {
    this.periods = List.copyOf(periods);
  }

  /** Adds a series and returns its index, or -1 (nothing added) when it has no point. */
  int add(String name, List<Fact> values) {
    if (values.stream().allMatch(Objects::isNull)) {
      return -1;
    }
    names.add(name);
    points.add(Collections.unmodifiableList(new ArrayList<>(values)));
    return names.size() - 1;
  }

  /** Labels a point; a null fact adds nothing. */
  void label(int series, int category, Fact fact, PointLabel.Role kind) {
    if (fact != null && series >= 0 && points.get(series).get(category) != null) {
      labels.add(new PointLabel(series, category, fact, kind));
    }
  }

  List<PeriodRef> periods() {
    return periods;
  }

  List<String> names() {
    return names;
  }

  List<Fact> points(int series) {
    return points.get(series);
  }

  List<PointLabel> labels() {
    return labels;
  }

  int size() {
    return names.size();
  }

  boolean isEmpty() {
    return names.isEmpty();
  }

  /** Whether any series has a value in the last period. */
  boolean hasLatest() {
    int last = periods.size() - 1;
    return points.stream().anyMatch(p -> p.get(last) != null);
  }

  /** The grid without its leading periods in which no series has a value. */
  Grid trimmed() {
    int first = 0;
    while (first < periods.size() - 1 && at(first)) {
      first++;
    }
    Grid out = new Grid(periods.subList(first, periods.size()));
    for (int s = 0; s < names.size(); s++) {
      out.add(names.get(s), points.get(s).subList(first, periods.size()));
    }
    for (PointLabel l : labels) {
      if (l.category() >= first) {
        out.labels.add(new PointLabel(l.series(), l.category() - first, l.fact(), l.kind()));
      }
    }
    return out;
  }

  private boolean at(int category) {
    return points.stream().allMatch(p -> p.get(category) == null);
  }

  /** Short label for an axis: "Q1 FY26", "FY26". */
  static String axisLabel(PeriodRef p) {
    if (p instanceof FiscalQuarter q) {
      return "Q" + q.quarter() + " FY" + String.format("%02d", q.year() % 100);
    }
    return "FY" + String.format("%02d", ((FiscalYear) p).year() % 100);
  }

  /** The name in running text: "Q1 FY2026", "FY2026". */
  static String displayName(PeriodRef p) {
    return p instanceof FiscalQuarter q ? q.displayName() : p.label();
  }

  /** How many periods back the same period of the previous year is. */
  int yearStep() {
    return periods.get(0) instanceof FiscalQuarter ? 4 : 1;
  }
}
