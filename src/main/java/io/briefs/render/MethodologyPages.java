package io.briefs.render;

import io.briefs.metrics.Catalog;
import io.briefs.narrative.HeadlineWriter;
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
        flat(style), newsworthy(style.news()), weights(style.news().weights()), LEADS, SitePaths.root(page), meta,
        site.nav(page));
  }

  /** How the headline and the lede are made of the scored facts (HeadlineWriter, LedeWriter). */
  private static final String LEADS = "The best-scoring fact leads the headline. A second clause follows when a"
      + " fact on another subject scores at least " + plain(HeadlineWriter.MIN_SCORE) + " and "
      + plain(HeadlineWriter.MIN_SHARE * 100) + "% of the first's: beside good news, the biggest bad news"
      + " (\u201cwhile\u201d); beside the shares' move, its likeliest reason (\u201cas\u201d); else the next"
      + " fact of another kind. A headline that would pass " + HeadlineWriter.MAX_LENGTH + " characters keeps"
      + " its first clause. The lede gives the verdict first: results against the consensus and against the"
      + " range the company guided, then the outlook, then the shares' move.";

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
            plain(news.surprisePct()) + "%"),
        new MethodologyPage.RuleView("A move of the shares after the release is news from",
            plain(news.shareMovePct()) + "%"));
  }

  /** Every weight of {@code style.yaml}, in its order there, counted as the news desk counts it. */
  private static BriefPage.TableView weights(News.Weights w) {
    List<BriefPage.RowView> rows = List.of(
        row("The shares' move after the release", w.shareMove(), "per point of the move"),
        row("A result outside the range the company guided a quarter earlier", w.guidedRange(),
            "once, and a tenth more per point outside; 0.4 of it for figures other than revenue"),
        row("A beat or miss against consensus", w.surprise(), "per point, plus two; twice for revenue"),
        row("An outlook for a fiscal year given for the first time", w.newOutlook(),
            "once, plus the growth it implies, in points"),
        row("A raised or lowered outlook", w.guidanceChange(),
            "once for a fiscal year, half for a quarter; 1.6 times for a withdrawn one, a third for a"
                + " narrowed or widened one, a fifth for a fiscal year's reaffirmed one"),
        row("A profit that became a loss, or a loss that became a profit", w.swing(), "once"),
        row("A record", w.record(), "once, twice for revenue, three quarters for a segment; half for a record of"
            + " the fiscal quarter, a third for a high or low that is not a record"),
        row("Total revenue growth", w.revenueChange(), "per point, at most " + plain(News.FLOW_CAP)),
        row("A segment's growth", w.segmentChange(), "per point, at most " + plain(News.SEGMENT_CAP)
            + ", times (0.5 + the segment's share of revenue); half for its operating income"),
        row("Change of a balance (such as backlog)", w.kpiStockChange(),
            "per point of quarter-over-quarter change, at most " + plain(News.STOCK_CAP)),
        row("Change of an amount (such as orders)", w.kpiFlowChange(),
            "per point of year-over-year change, at most " + plain(News.FLOW_CAP)),
        row("The operating margin's change from a year earlier", w.marginChange(),
            "per basis point, from 10 basis points"),
        row("A run of growth or decline", w.streak(),
            "not scored: a run is told beside its figure, from the length above"));
    return new BriefPage.TableView(
        "How facts compete for the headline: each scores its weight times its size",
        List.of("Fact", "Weight", "Counted"), rows);
  }

  private static String plain(double value) {
    return plain(BigDecimal.valueOf(value));
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
