package io.briefs.render;

import java.util.List;

/**
 * A company's page: its briefs newest first, long-run charts and key figures by quarter.
 *
 * @param figures the key figures, a row per quarter, newest first
 * @param feed the company's Atom feed, relative to the page
 */
public record CompanyPage(
    String lang,
    String title,
    String description,
    BriefPage.CompanyView company,
    List<BriefItem> briefs,
    List<ChartView> charts,
    BriefPage.TableView figures,
    String feed,
    String root,
    PageMeta meta,
    Nav nav) {

  /** Copies the lists. */
  public CompanyPage {
    briefs = List.copyOf(briefs);
    charts = List.copyOf(charts);
  }
}
