package io.briefs.render;

import io.briefs.chart.ChartSpec;
import io.briefs.chart.ChartTheme;
import io.briefs.model.Amount;
import io.briefs.model.Company;
import io.briefs.model.CompanyData;
import io.briefs.model.FigurePath;
import io.briefs.model.Metric;
import io.briefs.model.Quarter;
import io.briefs.model.Segment;
import io.briefs.narrative.Numbers;
import io.briefs.site.SitePaths;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** A company's page: its briefs, long-run charts and key figures by quarter. */
public final class CompanyPages {
  private static final List<Metric> RESULTS = List.of(Metric.REVENUE, Metric.OPERATING_INCOME,
      Metric.NET_INCOME, Metric.EPS, Metric.EPS_NON_GAAP);

  private CompanyPages() {}

  /** A column of the figures table: its heading and where its figure is. */
  private record Column(String heading, FigurePath path, boolean perShare) {}

  /** The page of {@code data}'s company, listing {@code briefs} (its own). */
  public static CompanyPage of(CompanyData data, List<BriefSummary> briefs, List<ChartSpec> charts,
      ChartTheme theme, SiteInfo site) {
    Company c = data.company();
    String page = SitePaths.companyPage(c.id());
    Numbers numbers = new Numbers(c.currency());
    String title = c.name() + ": earnings briefs";
    String description = "Every earnings brief of " + c.name() + ", its revenue over time and its key figures"
        + " by quarter.";
    PageMeta meta = site.website(page, title, description, site.feeds(page, c.id(), c.shortName()));
    List<ChartView> chartViews = charts.stream().map(spec -> BriefPages.chart(spec, theme, numbers)).toList();
    return new CompanyPage(site.lang(), title, description,
        new BriefPage.CompanyView(c.id(), c.name(), c.shortName(), c.ticker(), c.exchange(), "index.html"),
        BriefItems.of(briefs, page), chartViews, figures(data, numbers), SitePaths.FEED, SitePaths.root(page),
        meta, site.nav(page));
  }

  /**
   * Key figures by quarter, newest first, each as that quarter's own release reported it; a
   * column only for figures reported at least once.
   */
  static BriefPage.TableView figures(CompanyData data, Numbers numbers) {
    List<Column> columns = columns(data);
    List<String> headings = new ArrayList<>();
    headings.add("Quarter");
    columns.forEach(col -> headings.add(col.heading()));
    List<BriefPage.RowView> rows = new ArrayList<>();
    List<Quarter> newest = new ArrayList<>(data.quarters());
    Collections.reverse(newest);
    for (Quarter q : newest) {
      List<String> cells = new ArrayList<>();
      for (Column col : columns) {
        Amount a = col.path().in(q.figures());
        cells.add(a == null ? "\u2013"
            : col.perShare() ? numbers.perShare(a.value()) : numbers.money(a.value()));
      }
      rows.add(new BriefPage.RowView(q.period().displayName(), cells));
    }
    return new BriefPage.TableView("Key figures by quarter, as reported", headings, rows);
  }

  private static List<Column> columns(CompanyData data) {
    List<Column> all = new ArrayList<>();
    for (Metric m : RESULTS) {
      all.add(new Column(heading(m), new FigurePath.Result(m), m == Metric.EPS || m == Metric.EPS_NON_GAAP));
    }
    for (Segment s : data.company().segments()) {
      all.add(new Column(s.shortName() + " revenue", new FigurePath.SegmentRevenue(s.id()), false));
    }
    return all.stream()
        .filter(col -> data.quarters().stream().anyMatch(q -> col.path().in(q.figures()) != null))
        .toList();
  }

  private static String heading(Metric m) {
    return switch (m) {
      case EPS -> "Diluted EPS";
      case EPS_NON_GAAP -> "Non-GAAP EPS";
      default -> Character.toUpperCase(m.label().charAt(0)) + m.label().substring(1);
    };
  }
}
