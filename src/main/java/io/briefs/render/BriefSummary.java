package io.briefs.render;

import io.briefs.chart.Sparkline;
import io.briefs.model.CompanyData;
import io.briefs.model.FiscalQuarter;
import io.briefs.model.Quarter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * A rendered brief as listings, feeds and the sitemap see it: plain values, so that the build
 * state can keep it for a brief whose company's data a later build does not read again.
 *
 * @param currency the company's currency code, for the sparkline's words
 * @param spark the revenue of up to eight quarters ending with this one, oldest first (null where
 *     unknown), which listings draw as a sparkline; null when there are too few to draw
 */
public record BriefSummary(String companyId, String company, String shortName, String currency, FiscalQuarter period,
    LocalDate reported, String title, String headline, String description, @Nullable List<BigDecimal> spark) {

  /** What the listings show of {@code quarter}'s brief, with the words its page says. */
  public static BriefSummary of(CompanyData data, Quarter quarter, String title, String headline,
      String description) {
    Sparkline.Points points = Sparkline.revenue(data, quarter);
    return new BriefSummary(data.company().id(), data.company().name(), data.company().shortName(),
        data.company().currency(), quarter.period(), quarter.reported(), title, headline, description,
        Sparkline.drawable(points) ? points.values() : null);
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
