package io.briefs.render;

import freemarker.core.HTMLOutputFormat;
import freemarker.template.TemplateModelException;
import io.briefs.chart.Sparkline;
import io.briefs.narrative.Numbers;
import io.briefs.site.SitePaths;
import java.util.Comparator;
import java.util.List;

/** Briefs as items of a listing page, with links relative to that page. */
final class BriefItems {
  /** Newest release first; a day's releases by company. */
  static final Comparator<BriefSummary> NEWEST_FIRST =
      Comparator.comparing(BriefSummary::reported).reversed()
          .thenComparing(BriefSummary::companyId)
          .thenComparing(BriefSummary::period, Comparator.reverseOrder());

  private BriefItems() {}

  /** The briefs, newest first, as seen from the page at {@code page}. */
  static List<BriefItem> of(List<BriefSummary> briefs, String page) {
    return briefs.stream().sorted(NEWEST_FIRST).map(b -> item(b, SitePaths.root(page))).toList();
  }

  private static BriefItem item(BriefSummary b, String root) {
    String id = b.companyId();
    return new BriefItem(
        root + SitePaths.briefPage(id, b.period()),
        b.shortName(),
        root + SitePaths.companyPage(id),
        b.period().displayName(),
        b.headline(),
        b.reported().toString(),
        BriefPages.display(b.reported()),
        spark(b));
  }

  /** The sparkline, drawn here from its numbers: markup never comes from elsewhere (a build state). */
  private static BriefItem.SparkView spark(BriefSummary b) {
    if (b.spark() == null) {
      return null;
    }
    Sparkline.Points points = Sparkline.ending(b.period(), b.spark());
    try {
      return new BriefItem.SparkView(HTMLOutputFormat.INSTANCE.fromMarkup(Sparkline.svg(points)),
          Sparkline.label(points, new Numbers(b.currency())));
    } catch (TemplateModelException e) {
      throw new IllegalStateException("sparkline markup rejected", e);
    }
  }
}
