package io.briefs.chart;

import io.briefs.narrative.Numbers;
import java.util.ArrayList;
import java.util.List;

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
    List<Integer> labelled = labelledSeries(spec);
    for (int s : labelled) {
      columns.add(heading(spec, s));
    }
    List<List<String>> rows = new ArrayList<>();
    for (int c = 0; c < spec.categories().size(); c++) {
      List<String> row = new ArrayList<>();
      row.add(spec.categories().get(c));
      for (Series s : spec.series()) {
        row.add(ChartText.value(spec, s.points().get(c), numbers));
      }
      for (int s : labelled) {
        PointLabel l = spec.label(s, c);
        row.add(l == null ? ChartText.GAP : ChartText.label(l));
      }
      rows.add(List.copyOf(row));
    }
    return new ChartTable(spec.title() + " (data)", List.copyOf(columns), List.copyOf(rows));
  }

  private static List<Integer> labelledSeries(ChartSpec spec) {
    List<Integer> out = new ArrayList<>();
    for (int s = 0; s < spec.series().size(); s++) {
      int index = s;
      if (spec.labels().stream().anyMatch(l -> l.series() == index)) {
        out.add(s);
      }
    }
    return out;
  }

  private static String heading(ChartSpec spec, int series) {
    PointLabel.Role kind =
        spec.labels().stream().filter(l -> l.series() == series).findFirst().orElseThrow().kind();
    String name = spec.series().get(series).name();
    boolean one = spec.series().size() == 1;
    return switch (kind) {
      case CHANGE -> one ? "Change from a year earlier" : name + " change from a year earlier";
      case SHARE -> name + " share of total";
    };
  }
}
