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
 * the data has no value) and point labels. A series of quarters too sparse to draw is never
 * added: one with fewer than {@link #MIN_POINTS} values, or with more gaps than values from its
 * first value on (quarters before a series begins are not gaps). Such a series drew a lone marker
 * or two on empty axes; its figures stay in the text and the key figures. Fiscal years are only
 * ever charted complete, so two of them make a chart.
 */
final class Grid {
  /** The fewest values a series needs to be charted: two points are a comparison, not a trend. */
  static final int MIN_POINTS = 3;

  private final List<PeriodRef> periods;
  private final List<String> names = new ArrayList<>();
  private final List<List<Fact>> points = new ArrayList<>();
  private final List<PointLabel> labels = new ArrayList<>();
  private int sparse;

  Grid(List<? extends PeriodRef> periods) {
    this.periods = List.copyOf(periods);
  }

  /** Adds a series and returns its index, or -1 (nothing added) when it is empty or too sparse. */
  int add(String name, List<Fact> values) {
    if (values.stream().allMatch(Objects::isNull)) {
      return -1;
    }
    if (tooSparse(values, periods.get(0) instanceof FiscalYear ? 2 : MIN_POINTS)) {
      sparse++;
      return -1;
    }
    names.add(name);
    points.add(Collections.unmodifiableList(new ArrayList<>(values)));
    return names.size() - 1;
  }

  /** Whether a series with some values was left out as too sparse (a stack would miss a part). */
  boolean leftOutSparse() {
    return sparse > 0;
  }

  static boolean tooSparse(List<Fact> values, int minPoints) {
    int first = 0;
    while (values.get(first) == null) {
      first++;
    }
    long present = values.stream().filter(Objects::nonNull).count();
    long gaps = values.size() - first - present;
    return present < minPoints || gaps > present;
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
      out.names.add(names.get(s));
      out.points.add(points.get(s).subList(first, periods.size()));
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

  /** How many periods back the same period of the previous year is. */
  int yearStep() {
    return periods.get(0) instanceof FiscalQuarter ? 4 : 1;
  }
}
