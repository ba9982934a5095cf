package io.briefs.render;

import io.briefs.site.SitePaths;
import java.util.List;
import java.util.Map;

/** The home page and the 404 page. */
public final class ListingPages {
  private ListingPages() {}

  /** The home page: every brief, newest first, and a link to each company. */
  public static IndexPage home(List<BriefSummary> briefs, SiteInfo site) {
    String page = SitePaths.HOME;
    String description = "Earnings briefs written from quarterly datasets: " + briefs.size()
        + (briefs.size() == 1 ? " brief" : " briefs") + ", every figure derived from the data.";
    PageMeta meta = site.website(page, site.name(), description, site.feeds(page, null, null));
    return new IndexPage(site.lang(), site.name(), description, BriefItems.of(briefs, page),
        SitePaths.root(page), meta, site.nav(page), companies(briefs));
  }

  private static List<IndexPage.CompanyLink> companies(List<BriefSummary> briefs) {
    Map<String, List<BriefSummary>> byId = BriefSummary.byCompany(briefs);
    return byId.values().stream().map(list -> {
      BriefSummary first = list.get(0);
      int n = list.size();
      return new IndexPage.CompanyLink(first.company(), n + (n == 1 ? " brief" : " briefs"),
          SitePaths.companyPage(first.companyId()));
    }).toList();
  }

  /** The page servers show for a missing address. */
  public static NotFoundPage notFound(SiteInfo site) {
    String title = "Page not found";
    String description = "There is no page at this address.";
    Nav nav = site.navFromAnywhere();
    PageMeta meta = new PageMeta(title, description, site.name(), "website", null, null, null,
        List.of(new PageMeta.FeedLink(site.name(), nav.feed())), null);
    return new NotFoundPage(site.lang(), title, description, nav.root(), meta, nav);
  }
}
