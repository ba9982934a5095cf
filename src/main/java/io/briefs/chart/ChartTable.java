package io.briefs.chart;

import io.briefs.narrative.DisplayForm;
import io.briefs.narrative.Numbers;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A chart's data as a table, read from its spec: a row per category, a column per series, then
 * a column per labelled series (its change or share). The single source of every chart table.
 *
 * @param rows each row's first entry is the category, then the cells
 */
public record ChartTable(String caption, List<String> columns, List<List<String>> rows) {

  /** The table of a chart. */
  public static ChartTable of(ChartSpec spec, Numbers numbers) {
    List<String> columns = new ArrayList<>();
    columns.add(spec.categories().isEmpty() || !spec.categories().get(0).startsWith("Q") ? "Fiscal year"
        : "Quarter");
    spec.series().forEach(s -> columns.add(s.name()));
    // each point's label and each labelled series' first kind, in one pass over the labels
    PointLabel[][] labels = new PointLabel[spec.series().size()][spec.categories().size()];
    Map<Integer, PointLabel.Role> kinds = new TreeMap<>();
    for (PointLabel l : spec.labels()) {
      if (labels[l.series()][l.category()] == null) {
        labels[l.series()][l.category()] = l;
      }
      kinds.putIfAbsent(l.series(), l.kind());
    }
    kinds.forEach((s, kind) -> columns.add(heading(spec, s, kind)));
    DisplayForm form = ChartText.format(spec, numbers);
    List<List<String>> rows = new ArrayList<>();
    for (int c = 0; c < spec.categories().size(); c++) {
      List<String> row = new ArrayList<>();
      row.add(spec.categories().get(c));
      for (Series s : spec.series()) {
        row.add(ChartText.value(form, s.points().get(c), numbers));
      }
      for (int s : kinds.keySet()) {
        PointLabel l = labels[s][c];
        row.add(l == null ? ChartText.GAP : ChartText.label(l));
      }
      rows.add(List.copyOf(row));
    }
    return new ChartTable(spec.title() + " (data)", List.copyOf(columns), List.copyOf(rows));
  }

  private static String heading(ChartSpec spec, int series, PointLabel.Role kind) {
    String name = spec.series().get(series).name();
    boolean one = spec.series().size() == 1;
    return switch (kind) {
      case CHANGE -> one ? "Change from a year earlier" : name + " change from a year earlier";
      case SHARE -> name + " share of total";
    };
  }
}
