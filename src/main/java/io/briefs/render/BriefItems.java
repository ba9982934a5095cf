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
      Comparator.comparing((BriefSummary b) -> b.quarter().reported()).reversed()
          .thenComparing(BriefSummary::companyId)
          .thenComparing((BriefSummary b) -> b.quarter().period(), Comparator.reverseOrder());

  private BriefItems() {}

  /** The briefs, newest first, as seen from the page at {@code page}. */
  static List<BriefItem> of(List<BriefSummary> briefs, String page) {
    return briefs.stream().sorted(NEWEST_FIRST).map(b -> item(b, SitePaths.root(page))).toList();
  }

  private static BriefItem item(BriefSummary b, String root) {
    String id = b.companyId();
    return new BriefItem(
        root + SitePaths.briefPage(id, b.quarter().period()),
        b.data().company().shortName(),
        root + SitePaths.companyPage(id),
        b.quarter().period().displayName(),
        b.headline(),
        b.quarter().reported().toString(),
        BriefPages.display(b.quarter().reported()),
        spark(b));
  }

  private static BriefItem.SparkView spark(BriefSummary b) {
    Sparkline.Points points = Sparkline.revenue(b.data(), b.quarter());
    if (!Sparkline.drawable(points)) {
      return null;
    }
    try {
      return new BriefItem.SparkView(HTMLOutputFormat.INSTANCE.fromMarkup(Sparkline.svg(points)),
          Sparkline.label(points, new Numbers(b.data().company().currency())));
    } catch (TemplateModelException e) {
      throw new IllegalStateException("sparkline markup rejected", e);
    }
  }
}
