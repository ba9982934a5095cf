package io.briefs.chart;

import io.briefs.metrics.FactUnit;
import io.briefs.narrative.Prose;
import java.util.List;

/**
 * One chart, independent of how it is drawn: the SVG in the page, the vector drawing in the PDF,
 * the social card and the data table are all rendered from this record.
 *
 * @param id unique within a page; used for element ids and to find the chart from the PDF
 * @param description sentences stating the chart's main finding, every number and direction
 *     word tied to its fact
 * @param categories the labels along the category axis (quarters or fiscal years)
 * @param labels values written next to points (a change above a bar, a share inside a stack)
 * @param highlights categories drawn with emphasis (the brief's own quarter)
 */
public record ChartSpec(
    String id,
    ChartKind kind,
    String title,
    Prose description,
    List<String> categories,
    List<Series> series,
    FactUnit unit,
    List<PointLabel> labels,
    List<String> highlights) {

  /** Copies the lists and checks that every point and label has a category. */
  public ChartSpec {
    categories = List.copyOf(categories);
    series = List.copyOf(series);
    labels = List.copyOf(labels);
    highlights = List.copyOf(highlights);
    for (Series s : series) {
      if (s.points().size() != categories.size()) {
        throw new IllegalArgumentException("series " + s.name() + " has " + s.points().size()
            + " points for " + categories.size() + " categories");
      }
    }
    for (PointLabel l : labels) {
      if (l.series() >= series.size() || l.category() >= categories.size()) {
        throw new IllegalArgumentException("label outside the chart: " + l);
      }
    }
    if (kind == ChartKind.RANGE_VS_ACTUAL && series.size() != 3) {
      throw new IllegalArgumentException("a range chart has a low, a high and an actual series");
    }
  }

  /** The chart's description as plain text. */
  public String descriptionText() {
    return description.text();
  }

  /** The label of a point, or null. */
  public PointLabel label(int series, int category) {
    for (PointLabel l : labels) {
      if (l.series() == series && l.category() == category) {
        return l;
      }
    }
    return null;
  }
}
