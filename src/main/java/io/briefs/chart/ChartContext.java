package io.briefs.chart;

import io.briefs.metrics.FactUnit;
import io.briefs.model.CompanyData;
import io.briefs.model.FiscalQuarter;
import io.briefs.model.PeriodRef;
import io.briefs.model.Quarter;
import io.briefs.narrative.FlatRule;
import io.briefs.narrative.Numbers;
import io.briefs.narrative.Prose;
import io.briefs.narrative.DisplayForm;
import java.util.ArrayList;
import java.util.List;

/**
 * What every chart of one page is planned from: the figures as the release sees them, the
 * quarters along the axis, how ids are prefixed, and whether a chart must reach the release's
 * own quarter to be shown.
 */
final class ChartContext {
  private final CompanyData data;
  private final History history;
  private final List<FiscalQuarter> quarters;
  private final String idPrefix;
  private final boolean brief;
  private final Findings findings;
  private final Numbers numbers;

  ChartContext(CompanyData data, History history, List<FiscalQuarter> quarters, String idPrefix, boolean brief,
      FlatRule.Band flat) {
    this.data = data;
    this.history = history;
    this.quarters = List.copyOf(quarters);
    this.idPrefix = idPrefix;
    this.brief = brief;
    this.numbers = new Numbers(data.company().currency());
    this.findings = new Findings(numbers, flat);
  }

  CompanyData data() {
    return data;
  }

  History history() {
    return history;
  }

  List<FiscalQuarter> quarters() {
    return quarters;
  }

  Findings findings() {
    return findings;
  }

  Numbers numbers() {
    return numbers;
  }

  /**
   * The spec of a planned grid, or null when it has nothing to show: the grid loses its empty
   * leading periods, and a brief's chart must have a value in the brief's own quarter.
   */
  ChartSpec finish(String id, ChartKind kind, String title, Grid grid, FactUnit unit, Describer describe) {
    if (grid.isEmpty() || (brief && !grid.hasLatest())) {
      return null;
    }
    Grid g = grid.trimmed();
    List<String> categories = g.periods().stream().map(PeriodRef::displayName).toList();
    List<Series> series = new ArrayList<>();
    for (int s = 0; s < g.size(); s++) {
      series.add(new Series(g.names().get(s), g.points(s)));
    }
    PeriodRef last = g.periods().get(g.periods().size() - 1);
    List<String> highlights =
        brief && last.equals(history.current()) ? List.of(last.displayName()) : List.of();
    ChartSpec draft = new ChartSpec(idPrefix + id, kind, title, new Prose(List.of()), categories, series,
        unit, g.labels(), highlights);
    Prose.Builder b = new Prose.Builder(numbers);
    describe.describe(b, g, ChartText.format(draft, numbers));
    return new ChartSpec(draft.id(), kind, title, b.build(), categories, series, unit, g.labels(),
        highlights);
  }

  /** Writes a chart's description from its grid; {@code format} is how the chart writes its values. */
  @FunctionalInterface
  interface Describer {
    void describe(Prose.Builder b, Grid grid, DisplayForm format);
  }

  /**
   * The quarters a page charts: up to {@code max} ending with the release's own, from the first
   * quarter with data (a file, or a comparative of this release).
   */
  static List<FiscalQuarter> window(CompanyData data, Quarter current, int max) {
    FiscalQuarter first = data.quarters().get(0).period();
    for (FiscalQuarter q : current.comparatives().keySet()) {
      first = q.compareTo(first) < 0 ? q : first;
    }
    List<FiscalQuarter> out = new ArrayList<>();
    for (FiscalQuarter q = current.period(); out.size() < max && q.compareTo(first) >= 0; q = q.previous()) {
      out.add(0, q);
    }
    return out;
  }
}
