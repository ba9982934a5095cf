package io.briefs.render;

import freemarker.core.HTMLOutputFormat;
import freemarker.template.TemplateModelException;
import io.briefs.chart.ChartSpec;
import io.briefs.chart.ChartTheme;
import io.briefs.chart.PdfChartDrawer;
import io.briefs.chart.Series;
import io.briefs.chart.SvgCharts;
import io.briefs.metrics.Fact;
import io.briefs.model.Company;
import io.briefs.model.Quarter;
import io.briefs.narrative.Block;
import io.briefs.narrative.Brief;
import io.briefs.narrative.Numbers;
import io.briefs.narrative.Prose;
import io.briefs.narrative.Table;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Turns a brief's words and charts into the record its template reads. */
public final class BriefPages {
  /** "May 29, 2025": always English month names, whatever the machine's locale. */
  static final DateTimeFormatter DISPLAY_DATE = DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.US);

  private BriefPages() {}

  /** The page record of one brief (web variant; {@link BriefPage#forPrint()} gives the print one). */
  public static BriefPage of(Company company, Quarter quarter, Brief brief, List<ChartSpec> charts,
      ChartTheme theme, Numbers numbers) {
    String headline = brief.headline().text();
    String period = quarter.period().displayName();
    List<BriefPage.SectionView> sections = brief.sections().stream()
        .map(s -> new BriefPage.SectionView(s.id(), s.title(), s.blocks().stream().map(BriefPages::block).toList()))
        .toList();
    List<ChartView> chartViews = new ArrayList<>();
    for (ChartSpec spec : charts) {
      chartViews.add(chart(spec, theme, numbers));
    }
    return new BriefPage(
        "en",
        company.shortName() + " " + period + ": " + headline,
        brief.lede().text(),
        String.join(", ", company.shortName(), company.ticker() == null ? company.name() : company.ticker(),
            period, "earnings"),
        new BriefPage.CompanyView(company.id(), company.name(), company.shortName(), company.ticker(), company.exchange()),
        quarter.period().label(),
        period,
        quarter.reported().toString(),
        display(quarter.reported()),
        headline,
        brief.lede().text(),
        sections,
        table(brief.keyFigures()),
        chartViews,
        quarter.coverage().sources().stream().map(s -> new BriefPage.SourceView(s.title(), webOnly(s.url()))).toList(),
        company.id() + "-" + quarter.period().slug() + ".pdf",
        "../../",
        false);
  }

  private static BriefPage.BlockView block(Block b) {
    if (b instanceof Block.Paragraph p) {
      return new BriefPage.BlockView("paragraph", p.text().text(), List.of(), null, null);
    }
    if (b instanceof Block.Bullets l) {
      return new BriefPage.BlockView("list", null, l.items().stream().map(Prose::text).toList(), null, null);
    }
    if (b instanceof Block.Quotation q) {
      return new BriefPage.BlockView("quote", q.text().text(), List.of(), q.attribution(), null);
    }
    Block.Markup m = (Block.Markup) b;
    try {
      return new BriefPage.BlockView("markup", null, List.of(), null, HTMLOutputFormat.INSTANCE.fromMarkup(m.html()));
    } catch (TemplateModelException e) {
      throw new IllegalStateException("sanitised markup rejected", e);
    }
  }

  /** A link a reader can follow safely (http, https, mailto), or null to show the title as text. */
  static String webOnly(String url) {
    String lower = url.strip().toLowerCase(Locale.ROOT);
    return lower.startsWith("https://") || lower.startsWith("http://") || lower.startsWith("mailto:") ? url.strip() : null;
  }

  static String display(LocalDate date) {
    return DISPLAY_DATE.format(date);
  }

  private static BriefPage.TableView table(Table t) {
    List<BriefPage.RowView> rows = t.rows().stream()
        .map(r -> new BriefPage.RowView(r.label(), r.cells().stream().map(Prose::text).toList()))
        .toList();
    return new BriefPage.TableView(t.caption(), t.columns(), rows);
  }

  private static ChartView chart(ChartSpec spec, ChartTheme theme, Numbers numbers) {
    try {
      return new ChartView(spec.id(), spec.title(), spec.description(),
          HTMLOutputFormat.INSTANCE.fromMarkup(SvgCharts.render(spec, theme, numbers)),
          dataTable(spec, numbers), PdfChartDrawer.TYPE);
    } catch (TemplateModelException e) {
      throw new IllegalStateException("chart markup rejected", e);
    }
  }

  /** The chart's data as a table: a row per category, a column per series; a gap reads "–". */
  public static BriefPage.TableView dataTable(ChartSpec spec, Numbers numbers) {
    List<String> columns = new ArrayList<>();
    columns.add("Quarter");
    spec.series().forEach(s -> columns.add(s.name()));
    List<BriefPage.RowView> rows = new ArrayList<>();
    for (int i = 0; i < spec.categories().size(); i++) {
      List<String> cells = new ArrayList<>();
      for (Series s : spec.series()) {
        Fact point = s.points().get(i);
        cells.add(point == null ? "\u2013" : numbers.money(point.value()));
      }
      rows.add(new BriefPage.RowView(spec.categories().get(i), cells));
    }
    return new BriefPage.TableView(spec.title() + " (data)", columns, rows);
  }
}
