package io.briefs.listing;

import io.briefs.model.Company;
import io.briefs.render.BriefSummary;
import io.briefs.render.SiteInfo;
import io.briefs.site.AtomFeed;
import io.briefs.site.SitePaths;
import io.briefs.site.Sitemap;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * The site's Atom feeds and sitemap. With a base URL every address is absolute and ids are the
 * pages' addresses; without one, addresses are relative to the feed (readers resolve them against
 * the feed's own address) and ids are name-based UUIDs of the pages' paths, stable across builds.
 * Dates are release dates, so the same data always gives the same feed.
 */
final class SiteFeeds {
  private final SiteInfo info;

  SiteFeeds(SiteInfo info) {
    this.info = info;
  }

  /** The site-wide feed: every brief, newest first. */
  AtomFeed site(List<BriefSummary> briefs) {
    String feed = SitePaths.FEED;
    String subtitle = "Earnings briefs written from quarterly datasets, newest first.";
    return feed(feed, info.name(), subtitle, SitePaths.HOME, briefs);
  }

  /** A company's feed: its briefs, newest first. */
  AtomFeed company(Company company, List<BriefSummary> briefs) {
    String feed = SitePaths.companyFeed(company.id());
    String title = company.name() + " \u2013 " + info.name();
    String subtitle = "Earnings briefs of " + company.name() + ", newest first.";
    return feed(feed, title, subtitle, SitePaths.companyPage(company.id()), briefs);
  }

  private AtomFeed feed(String feed, String title, String subtitle, String page, List<BriefSummary> briefs) {
    List<BriefSummary> newest = briefs.stream().sorted(newestFirst()).toList();
    List<AtomFeed.Entry> entries = new ArrayList<>();
    for (BriefSummary b : newest) {
      String briefPage = SitePaths.briefPage(b.companyId(), b.period());
      Instant released = instant(b.reported());
      entries.add(new AtomFeed.Entry(id(briefPage), b.title(), b.description(), href(feed, briefPage),
          href(feed, SitePaths.briefPdf(b.companyId(), b.period())), released, released,
          b.companyId(), b.company()));
    }
    Instant updated = newest.isEmpty() ? Instant.EPOCH : instant(newest.get(0).reported());
    return new AtomFeed(id(feed), title, subtitle, href(feed, feed), href(feed, page), updated, info.name(),
        entries);
  }

  /** Every page of the site with the day it last changed (only with a base URL). */
  Sitemap sitemap(List<BriefSummary> briefs) {
    List<Sitemap.Url> urls = new ArrayList<>();
    urls.add(new Sitemap.Url(info.absolute(SitePaths.HOME), latest(briefs)));
    BriefSummary.byCompany(briefs).forEach((id, own) -> urls.add(new Sitemap.Url(info.absolute(SitePaths.companyPage(id)), latest(own))));
    briefs.stream()
        .sorted(Comparator.comparing(BriefSummary::companyId).thenComparing(BriefSummary::period))
        .forEach(b -> urls.add(new Sitemap.Url(info.absolute(SitePaths.briefPage(b.companyId(), b.period())),
            b.reported())));
    urls.add(new Sitemap.Url(info.absolute(SitePaths.METHODOLOGY), null));
    return new Sitemap(urls);
  }

  private static LocalDate latest(List<BriefSummary> briefs) {
    return briefs.stream().map(BriefSummary::reported).max(Comparator.naturalOrder()).orElse(null);
  }

  /** A page's permanent id: its address, or a name-based UUID of its path without a base URL. */
  private String id(String page) {
    if (info.base() != null) {
      return info.absolute(page);
    }
    byte[] name = ("briefs:" + SitePaths.folderForm(page)).getBytes(StandardCharsets.UTF_8);
    return "urn:uuid:" + UUID.nameUUIDFromBytes(name);
  }

  /** The address of {@code target} in the feed at {@code feed}. */
  private String href(String feed, String target) {
    if (info.base() != null) {
      return info.absolute(target);
    }
    String relative = SitePaths.root(feed) + SitePaths.folderForm(target);
    return relative.isEmpty() ? "./" : relative;
  }

  private static Comparator<BriefSummary> newestFirst() {
    return Comparator.comparing(BriefSummary::reported).reversed()
        .thenComparing(BriefSummary::companyId)
        .thenComparing(BriefSummary::period, Comparator.reverseOrder());
  }

  private static Instant instant(LocalDate day) {
    return day.atStartOfDay().toInstant(ZoneOffset.UTC);
  }
}
