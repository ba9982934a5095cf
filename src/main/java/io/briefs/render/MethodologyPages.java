package io.briefs.render;

import io.briefs.metrics.Catalog;
import io.briefs.narrative.News;
import io.briefs.narrative.Style;
import io.briefs.site.SitePaths;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The methodology page, generated from the metric catalog and the style the build used, so it
 * always says what the code did.
 */
public final class MethodologyPages {
  private MethodologyPages() {}

  /** The page for {@code style}, read from {@code styleFile} (as the build named it). */
  public static MethodologyPage of(Style style, String styleFile, SiteInfo site) {
    String page = SitePaths.METHODOLOGY;
    String title = "Methodology";
    String description = "How the earnings briefs are written: the definition and formula of every derived"
        + " figure, and the wording rules in force.";
    List<MethodologyPage.MetricView> metrics = Catalog.ENTRIES.stream()
        .map(e -> new MethodologyPage.MetricView("metric-" + anchor(e.id()), e.id(), e.name(), e.definition(),
            e.formula()))
        .toList();
    PageMeta meta = site.website(page, title + " \u2013 " + site.name(), description,
        site.feeds(page, null, null));
    return new MethodologyPage(site.lang(), title, description, metrics, styleFile, changes(style),
        flat(style), newsworthy(style.news()), weights(style.news().weights()), SitePaths.root(page), meta,
        site.nav(page));
  }

  /** "*.operating_margin.yoy_bps" as "operating-margin-yoy-bps". */
  static String anchor(String id) {
    return id.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
  }

  private static BriefPage.TableView changes(Style style) {
    List<BriefPage.RowView> rows = new ArrayList<>();
    tiers(rows, "Rise", style.up());
    tiers(rows, "Fall", style.down());
    return new BriefPage.TableView("Verbs for a change, by its size as shown (rounded)",
        List.of("Change shown", "In running text", "In headlines"), rows);
  }

  /** A row per tier: "Rise above 25%", "Rise above 5%, up to 25%", "Rise up to 5%". */
  private static void tiers(List<BriefPage.RowView> rows, String direction, List<Style.Tier> tiers) {
    for (int i = 0; i < tiers.size(); i++) {
      Style.Tier t = tiers.get(i);
      String above = t.above().signum() > 0 ? "above " + plain(t.above()) + "%" : null;
      String upTo = i == 0 ? null : "up to " + plain(tiers.get(i - 1).above()) + "%";
      String range = above == null ? (upTo == null ? "any size" : upTo)
          : upTo == null ? above : above + ", " + upTo;
      rows.add(new BriefPage.RowView(direction + " " + range, List.of(t.verb(), t.headlineVerb())));
    }
  }

  private static String flat(Style style) {
    return "A change of at most " + plain(style.flatWithinPct()) + "% either way reads as flat: \u201c"
        + style.flat().verb() + "\u201d in running text, \u201c" + style.flat().headlineVerb()
        + "\u201d in headlines.";
  }

  private static List<MethodologyPage.RuleView> newsworthy(News news) {
    return List.of(
        new MethodologyPage.RuleView("A record is news when it reaches back at least",
            quarters(news.recordSinceQuarters())),
        new MethodologyPage.RuleView("A run of growth or decline is mentioned from",
            quarters(news.streakQuarters())),
        new MethodologyPage.RuleView("A beat or miss against consensus is news from",
            plain(news.surprisePct()) + "%"));
  }

  private static BriefPage.TableView weights(News.Weights w) {
    List<BriefPage.RowView> rows = List.of(
        row("Total revenue growth", w.revenueChange(), "per percentage point"),
        row("A segment's growth", w.segmentChange(),
            "per point, times (0.5 + the segment's share of revenue)"),
        row("Change of a balance (such as backlog)", w.kpiStockChange(),
            "per point of quarter-over-quarter change, at most 100"),
        row("Change of an amount (such as orders)", w.kpiFlowChange(),
            "per point of year-over-year change, at most 100"),
        row("A record", w.record(), "once"),
        row("A raised or lowered full-year outlook", w.guidanceChange(), "once"),
        row("A surprise against consensus", w.surprise(), "per point"),
        row("A streak of growth or decline", w.streak(), "per quarter of the run"));
    return new BriefPage.TableView(
        "How facts compete for the headline: each scores its weight times its size",
        List.of("Fact", "Weight", "Counted"), rows);
  }

  private static BriefPage.RowView row(String fact, double weight, String counted) {
    return new BriefPage.RowView(fact, List.of(plain(BigDecimal.valueOf(weight)), counted));
  }

  private static String quarters(int n) {
    return n + (n == 1 ? " quarter" : " quarters");
  }

  private static String plain(BigDecimal value) {
    return value.stripTrailingZeros().toPlainString();
  }
}
