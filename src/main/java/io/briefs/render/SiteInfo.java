package io.briefs.render;

import io.briefs.site.BaseUrl;
import io.briefs.site.SitePaths;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What every page of a site shares: its name, language, look and, when publishing, its base URL.
 * Makes each page's navigation links (relative to the page) and absolute addresses (only with a
 * base).
 *
 * @param base the published address, or null: then no absolute address is made at all
 * @param logo the site path of the logo ({@code assets/logo.svg}), or null
 * @param accent the accent colour ({@code #0b5cad}), or null for the stylesheet's own
 */
public record SiteInfo(String name, String lang, @Nullable BaseUrl base, @Nullable String logo,
    @Nullable String accent) {
  /** The site's name when none is configured. */
  public static final String DEFAULT_NAME = "Earnings briefs";

  /** A site with the default name, in English, published at {@code base} (may be null). */
  public static SiteInfo of(@Nullable BaseUrl base) {
    return new SiteInfo(DEFAULT_NAME, "en", base, null, null);
  }

  /** The header and footer links of the page at {@code page} (a site path: {@code dell/index.html}). */
  public Nav nav(String page) {
    return navFrom(SitePaths.root(page));
  }

  /**
   * The links of a page that may be served at any address (the 404 page): absolute from the
   * base URL, or from the server's root ({@code /}) without one.
   */
  public Nav navFromAnywhere() {
    return navFrom(base == null ? "/" : base.value());
  }

  private Nav navFrom(String root) {
    return new Nav(name, root, root + SitePaths.HOME, root + SitePaths.METHODOLOGY, root + SitePaths.FEED,
        root + SitePaths.ICON, root + SitePaths.STYLESHEET, logo == null ? null : root + logo, accent);
  }

  /** The absolute address of a page, or null without a base URL. */
  public String absolute(String page) {
    return base == null ? null : base.resolve(page);
  }

  /**
   * The feeds a page announces: the site's, and the company's when the page belongs to one.
   *
   * @param companyId null for pages of the whole site
   */
  public List<PageMeta.FeedLink> feeds(String page, String companyId, String companyName) {
    String root = SitePaths.root(page);
    List<PageMeta.FeedLink> feeds = new ArrayList<>();
    feeds.add(new PageMeta.FeedLink(name, root + SitePaths.FEED));
    if (companyId != null) {
      feeds.add(new PageMeta.FeedLink(companyName + " \u2013 " + name,
          root + SitePaths.companyFeed(companyId)));
    }
    return feeds;
  }

  /** The metadata of a page that is not an article. */
  public PageMeta website(String page, String title, String description, List<PageMeta.FeedLink> feeds) {
    return new PageMeta(title, description, name, "website", absolute(page), null, null, feeds, null);
  }
}
