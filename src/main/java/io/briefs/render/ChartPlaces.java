package io.briefs.render;

import java.util.List;
import java.util.Map;

/**
 * Which section of a brief each chart illustrates: revenue in Results, the segment charts in
 * Segments, the KPI chart in Operating metrics, revenue against guidance beside the expectations
 * and market reaction. A brief without the preferred section shows the chart in the next one
 * that has its subject, and at worst in Results (or the first section there is).
 */
final class ChartPlaces {
  /** Sections each chart may sit in, best first, by the chart's id (without a page's prefix). */
  private static final Map<String, List<String>> PREFERRED = Map.of(
      "revenue", List.of("results"),
      "revenue-by-segment", List.of("segments", "results"),
      "operating-margin", List.of("segments", "results"),
      "kpis", List.of("kpis", "results"),
      "guidance", List.of("reaction", "guidance", "results"));

  private ChartPlaces() {}

  /** The id of the section a chart goes in, among {@code sections}; null when there is none. */
  static String section(String chartId, List<String> sections) {
    String key = chartId.startsWith("guidance-") ? "guidance" : chartId;
    for (String id : PREFERRED.getOrDefault(key, List.of("results"))) {
      if (sections.contains(id)) {
        return id;
      }
    }
    return sections.isEmpty() ? null : sections.get(0);
  }
}
