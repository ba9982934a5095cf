package io.briefs.render;

import io.briefs.chart.ChartSpec;
import io.briefs.chart.ChartTable;
import io.briefs.chart.ChartTheme;
import io.briefs.chart.PdfChartDrawer;
import io.briefs.chart.SvgCharts;
import io.briefs.model.Company;
import io.briefs.model.Quarter;
import io.briefs.narrative.Block;
import io.briefs.narrative.Brief;
import io.briefs.narrative.Numbers;
import io.briefs.narrative.Prose;
import io.briefs.narrative.Table;
import io.briefs.site.SitePaths;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import freemarker.core.HTMLOutputFormat;
import freemarker.template.TemplateModelException;

/** Turns a brief's words and charts into the record its template reads. */
public final class BriefPages {
  /** "May 29, 2025": always English month names, whatever the machine's locale. */
  static final DateTimeFormatter DISPLAY_DATE = DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.US);

  private BriefPages() {}

  /** The page record of one brief on a site without a base URL. */
  public static BriefPage of(Company company, Quarter quarter, Brief brief, List<ChartSpec> charts,
      ChartTheme theme, Numbers numbers) {
    return of(company, quarter, brief, charts, theme, numbers, SiteInfo.of(null));
  }

  /** The page record of one brief (web variant; {@link BriefPage#forPrint()} gives the print one). */
  public static BriefPage of(Company company, Quarter quarter, Brief brief, List<ChartSpec> charts,
      ChartTheme theme, Numbers numbers, SiteInfo site) {
    return of(company, quarter, brief, charts, numbers, site, spec -> SvgCharts.web(spec, theme, numbers));
  }

  /** The page record of one brief with its charts' SVG drawn by {@code svg} (drawn ahead, or timed apart). */
  public static BriefPage of(Company company, Quarter quarter, Brief brief, List<ChartSpec> charts,
      Numbers numbers, SiteInfo site, Function<ChartSpec, String> svg) {
    String headline = brief.headline().text();
    String period = quarter.period().displayName();
    List<ChartView> chartViews = new ArrayList<>();
    for (ChartSpec spec : charts) {
      chartViews.add(chart(spec, svg.apply(spec), numbers));
    }
    List<BriefPage.SectionView> sections = sections(brief, chartViews);
    String page = SitePaths.briefPage(company.id(), quarter.period());
    BriefPage.CardView card = card(headline, charts);
    return new BriefPage(
        site.lang(),
        title(company, quarter, brief),
        brief.lede().text(),
        String.join(", ", company.shortName(), company.ticker() == null ? company.name() : company.ticker(),
            period, "earnings"),
        new BriefPage.CompanyView(company.id(), company.name(), company.shortName(), company.ticker(), company.exchange(),
            SitePaths.root(page) + SitePaths.companyPage(company.id())),
        quarter.period().label(),
        period,
        quarter.reported().toString(),
        display(quarter.reported()),
        headline,
        brief.lede().text(),
        brief.takeaways().stream().map(p -> p.text()).toList(),
        sections,
        table(brief.keyFigures()),
        chartViews,
        quarter.coverage().sources().stream().map(s -> new BriefPage.SourceView(s.title(), webOnly(s.url()))).toList(),
        SitePaths.pdfName(company.id(), quarter.period()),
        SitePaths.root(page),
        false,
        card,
        meta(company, quarter, brief, card, site),
        site.nav(page),
        downloads(company, quarter));
  }

  /** The social card's view: the card shows the headline and the first (key) chart. */
  private static BriefPage.CardView card(String headline, List<ChartSpec> charts) {
    String alt = headline + (charts.isEmpty() ? "" : ". Chart: " + charts.get(0).title() + ". "
        + charts.get(0).descriptionText());
    return new BriefPage.CardView(SitePaths.CARD, Integer.toString(SocialCard.WIDTH),
        Integer.toString(SocialCard.HEIGHT), alt);
  }

  /**
   * The head metadata of a brief: an article with its card as the link-preview image (absolute
   * with a base URL, else relative to the page) and its NewsArticle structured data.
   */
  private static PageMeta meta(Company company, Quarter quarter, Brief brief, BriefPage.CardView card,
      SiteInfo site) {
    String page = SitePaths.briefPage(company.id(), quarter.period());
    String cardPath = SitePaths.briefDir(company.id(), quarter.period()) + card.url();
    String image = site.absolute(cardPath);
    PageMeta.ImageView preview = new PageMeta.ImageView(image == null ? card.url() : image, "image/png",
        card.width(), card.height(), card.alt());
    String description = brief.lede().text();
    String ticker = company.ticker() == null ? null
        : company.exchange() == null ? company.ticker() : company.exchange() + ": " + company.ticker();
    JsonLd.Article article = new JsonLd.Article(brief.headline().text(), description, quarter.reported().toString(),
        site.lang(), site.name(), company.name(), ticker, site.absolute(page), image);
    return new PageMeta(title(company, quarter, brief), description, site.name(), "article", site.absolute(page),
        preview, quarter.reported().toString(), site.feeds(page, company.id(), company.shortName()),
        JsonLd.markup(JsonLd.newsArticle(article)));
  }

  /** "Dell Q1 FY2026: Dell's AI server backlog surges ...". */
  static String title(Company company, Quarter quarter, Brief brief) {
    return company.shortName() + " " + quarter.period().displayName() + ": " + brief.headline().text();
  }

  /** The brief's files, next to its page. */
  private static List<BriefPage.DownloadView> downloads(Company company, Quarter quarter) {
    return List.of(
        new BriefPage.DownloadView("PDF", SitePaths.pdfName(company.id(), quarter.period()), "application/pdf"),
        new BriefPage.DownloadView("Figures (CSV)", SitePaths.FIGURES_CSV, "text/csv"),
        new BriefPage.DownloadView("Fact ledger (JSON)", SitePaths.LEDGER, "application/json"));
  }

  /** The brief's sections, each with the charts that illustrate it ({@link ChartPlaces}). */
  private static List<BriefPage.SectionView> sections(Brief brief, List<ChartView> charts) {
    List<String> ids = brief.sections().stream().map(Brief.Section::id).toList();
    List<BriefPage.SectionView> out = new ArrayList<>();
    for (Brief.Section s : brief.sections()) {
      List<ChartView> own = charts.stream().filter(c -> s.id().equals(ChartPlaces.section(c.id(), ids))).toList();
      out.add(new BriefPage.SectionView(s.id(), s.title(), s.blocks().stream().map(BriefPages::block).toList(), own));
    }
    return out;
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
    if (url == null) {
      return null;
    }
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

  static ChartView chart(ChartSpec spec, ChartTheme theme, Numbers numbers) {
    return chart(spec, SvgCharts.web(spec, theme, numbers), numbers);
  }

  private static ChartView chart(ChartSpec spec, String svg, Numbers numbers) {
    try {
      return new ChartView(spec.id(), spec.title(), spec.descriptionText(), HTMLOutputFormat.INSTANCE.fromMarkup(svg),
          dataTable(spec, numbers), PdfChartDrawer.TYPE);
    } catch (TemplateModelException e) {
      throw new IllegalStateException("chart markup rejected", e);
    }
  }

  /**
   * The chart's data as a table ({@link ChartTable}, the one source of chart tables): a row per
   * category, a column per series, then its labels (change or share); a gap reads "–".
   */
  public static BriefPage.TableView dataTable(ChartSpec spec, Numbers numbers) {
    ChartTable t = ChartTable.of(spec, numbers);
    List<BriefPage.RowView> rows = t.rows().stream()
        .map(r -> new BriefPage.RowView(r.get(0), r.subList(1, r.size()))).toList();
    return new BriefPage.TableView(t.caption(), t.columns(), rows);
  }
}
