package io.briefs.chart;

import io.briefs.metrics.FactUnit;
import java.util.List;

/**
 * One chart, independent of how it is drawn: the SVG in the page and the vector drawing in the
 * PDF are both rendered from this record, and its data table is read from it too.
 *
 * @param id unique within a page; used for element ids and to find the chart from the PDF
 * @param description a sentence stating the chart's main finding, for screen readers
 * @param categories the labels along the category axis (quarters)
 */
public record ChartSpec(
    String id,
    ChartKind kind,
    String title,
    String description,
    List<String> categories,
    List<Series> series,
    FactUnit unit) {

  /** Copies the lists and checks each series has a point per category. */
  public ChartSpec {
    categories = List.copyOf(categories);
    series = List.copyOf(series);
    for (Series s : series) {
      if (s.points().size() != categories.size()) {
        throw new IllegalArgumentException("series " + s.name() + " has " + s.points().size()
            + " points for " + categories.size() + " categories");
      }
    }
  }
}
