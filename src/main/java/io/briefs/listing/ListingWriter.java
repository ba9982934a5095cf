package io.briefs.listing;

import io.briefs.chart.ChartPlanner;
import io.briefs.chart.ChartTheme;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The pages around the briefs: home, company pages, methodology and 404, then the feeds and the
 * sitemap. Written after every brief rendered, from what they said. A company page whose inputs
 * did not change is carried from the published site instead of drawn again.
 */
public final class ListingWriter {
  private final SiteInfo info;
  private final Templates templates;
  private final SiteWriter site;

  /** A writer of the listing pages of one build, into {@code site}. */
  public ListingWriter(SiteInfo info, Templates templates, SiteWriter site) {
    this.info = info;
    this.templates = templates;
    this.site = site;
  }

  /**
   * Writes every listing page, feed and (with a base URL) the sitemap.
   *
   * @param companies the data of every company whose page may have to be drawn, by id
   * @param unchanged companies whose page and feed may be carried from the published site
   * @return each company's files, for the build state
   */
  public Map<String, List<String>> write(Map<String, CompanyData> companies, List<BriefSummary> briefs, Style style,
      String styleFile, ChartTheme theme, Predicate<String> unchanged) throws BriefsException, IOException {
    site.write(SitePaths.HOME, templates.render("index.ftlh", ListingPages.home(briefs, info)));
    Map<String, List<String>> files = new LinkedHashMap<>();
    SiteFeeds feeds = new SiteFeeds(info);
    for (Map.Entry<String, List<BriefSummary>> e : BriefSummary.byCompany(briefs).entrySet()) {
      String id = e.getKey();
      List<String> paths = SitePaths.companyFiles(id);
      files.put(id, paths);
      if (unchanged.test(id) && carried(paths)) {
        continue;
      }
      CompanyData data = companies.get(id);
      if (data == null) {
        // only companies whose pages were published are left unread; one vanished mid-build
        throw new IOException("the published page of " + id + " disappeared during the build; build again");
      }
      site.write(SitePaths.companyPage(id), templates.render("company.ftlh",
          CompanyPages.of(data, e.getValue(), ChartPlanner.forCompany(data, style), theme, info)));
      site.write(SitePaths.companyFeed(id), feeds.company(data.company(), e.getValue()).write());
    }
    site.write(SitePaths.METHODOLOGY, templates.render("methodology.ftlh",
        MethodologyPages.of(style, styleFile, info)));
    site.write(SitePaths.NOT_FOUND, templates.render("404.ftlh", ListingPages.notFound(info)));
    site.write(SitePaths.FEED, feeds.site(briefs).write());
    if (info.base() != null) {
      site.write(SitePaths.SITEMAP, feeds.sitemap(briefs).write());
    }
    return files;
  }

  /** Carries all of a page's files, or none: false when one is missing from the published site. */
  private boolean carried(List<String> paths) throws IOException {
    for (String p : paths) {
      if (!site.carry(p)) {
        return false;
      }
    }
    return true;
  }

  /**
   * What a build without a base URL cannot publish: a note on the build as a whole, not a problem
   * of a file, said once (not under {@code --quiet}, once per {@code serve} session).
   */
  public static final String WITHOUT_BASE_URL = "no --base-url: sitemap.xml is not written and the feeds use"
      + " relative links; pass --base-url https://example.com/briefs/ (or base_url in briefs.yaml) when publishing";
}
