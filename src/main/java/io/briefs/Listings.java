package io.briefs;

import io.briefs.chart.ChartTheme;
import io.briefs.chart.ChartPlanner;
import io.briefs.diag.BriefsException;
import io.briefs.diag.Diagnostic;
import io.briefs.diag.Severity;
import io.briefs.model.CompanyData;
import io.briefs.narrative.Style;
import io.briefs.render.BriefSummary;
import io.briefs.render.CompanyPages;
import io.briefs.render.ListingPages;
import io.briefs.render.MethodologyPages;
import io.briefs.render.SiteInfo;
import io.briefs.render.Templates;
import io.briefs.site.SitePaths;
import io.briefs.site.SiteWriter;
import java.io.IOException;
import java.util.List;

/**
 * The pages around the briefs: home, company pages, methodology and 404, then the feeds and the
 * sitemap. Written after every brief rendered, from what they said.
 */
final class Listings {
  private final SiteInfo info;
  private final Templates templates;
  private final SiteWriter site;

  Listings(SiteInfo info, Templates templates, SiteWriter site) {
    this.info = info;
    this.templates = templates;
    this.site = site;
  }

  /** Writes every listing page, feed and (with a base URL) the sitemap. */
  void write(List<CompanyData> companies, List<BriefSummary> briefs, Style style, String styleFile,
      ChartTheme theme) throws BriefsException, IOException {
    site.write(SitePaths.HOME, templates.render("index.ftlh", ListingPages.home(briefs, info)));
    for (CompanyData data : companies) {
      List<BriefSummary> own = BriefSummary.of(briefs, data);
      if (own.isEmpty()) {
        continue;
      }
      site.write(SitePaths.companyPage(data.company().id()), templates.render("company.ftlh",
          CompanyPages.of(data, own, ChartPlanner.forCompany(data), theme, info)));
    }
    site.write(SitePaths.METHODOLOGY, templates.render("methodology.ftlh",
        MethodologyPages.of(style, styleFile, info)));
    site.write(SitePaths.NOT_FOUND, templates.render("404.ftlh", ListingPages.notFound(info)));
    Feeds feeds = new Feeds(info);
    site.write(SitePaths.FEED, feeds.site(briefs).write());
    for (CompanyData data : companies) {
      List<BriefSummary> own = BriefSummary.of(briefs, data);
      if (!own.isEmpty()) {
        site.write(SitePaths.companyFeed(data.company().id()), feeds.company(data.company(), own).write());
      }
    }
    if (info.base() != null) {
      site.write(SitePaths.SITEMAP, feeds.sitemap(companies, briefs).write());
    }
  }

  /** What a build without a base URL cannot publish, said once. */
  static Diagnostic withoutBaseUrl(String out) {
    return new Diagnostic(out, 0, 0, Severity.WARNING, "no --base-url: sitemap.xml is not written and the"
        + " feeds use relative links; pass --base-url https://example.com/briefs/ when publishing");
  }
}
