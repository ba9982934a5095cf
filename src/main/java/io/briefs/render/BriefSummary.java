package io.briefs.render;

import io.briefs.chart.Sparkline;
import io.briefs.model.CompanyData;
import io.briefs.model.FiscalQuarter;
import io.briefs.model.Quarter;
import io.briefs.narrative.Numbers;
import java.time.LocalDate;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * A rendered brief as listings, feeds and the sitemap see it: plain values, so that the build
 * state can keep it for a brief whose company's data a later build does not read again.
 *
 * @param spark the revenue sparkline, or null when the data has too few quarters to draw one
 */
public record BriefSummary(String companyId, String company, String shortName, FiscalQuarter period,
    LocalDate reported, String title, String headline, String description, Spark spark) {

  /** A sparkline as drawn: SVG made by the code from numbers alone, and its text alternative. */
  public record Spark(String svg, String label) {}

  /** What the listings show of {@code quarter}'s brief, with the words its page says. */
  public static BriefSummary of(CompanyData data, Quarter quarter, String title, String headline,
      String description) {
    return new BriefSummary(data.company().id(), data.company().name(), data.company().shortName(),
        quarter.period(), quarter.reported(), title, headline, description, spark(data, quarter));
  }

  private static Spark spark(CompanyData data, Quarter quarter) {
    Sparkline.Points points = Sparkline.revenue(data, quarter);
    if (!Sparkline.drawable(points)) {
      return null;
    }
    return new Spark(Sparkline.svg(points), Sparkline.label(points, new Numbers(data.company().currency())));
  }

  /** The brief's key in the build state: {@code dell/fy2026-q1}. */
  public String key() {
    return companyId + "/" + period.slug();
  }

  /** The briefs by company, companies in the order of their ids (the data folder's). */
  public static SortedMap<String, List<BriefSummary>> byCompany(List<BriefSummary> briefs) {
    return briefs.stream().collect(Collectors.groupingBy(BriefSummary::companyId, TreeMap::new, Collectors.toList()));
  }
}
