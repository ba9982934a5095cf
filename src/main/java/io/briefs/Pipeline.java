package io.briefs;

import io.briefs.chart.ChartPlanner;
import io.briefs.chart.ChartSpec;
import io.briefs.chart.ChartTheme;
import io.briefs.diag.BriefsException;
import io.briefs.diag.Diagnostic;
import io.briefs.diag.Diagnostics;
import io.briefs.diag.Severity;
import io.briefs.ledger.Ledger;
import io.briefs.ledger.LedgerBuilder;
import io.briefs.ledger.LedgerJson;
import io.briefs.load.DatasetLoader;
import io.briefs.metrics.BriefMetrics;
import io.briefs.metrics.MetricsDeriver;
import io.briefs.model.CompanyData;
import io.briefs.model.FiscalQuarter;
import io.briefs.model.Corpus;
import io.briefs.model.Quarter;
import io.briefs.narrative.Brief;
import io.briefs.narrative.BriefWriter;
import io.briefs.narrative.Numbers;
import io.briefs.narrative.Style;
import io.briefs.render.BriefPage;
import io.briefs.render.BriefPages;
import io.briefs.render.Fonts;
import io.briefs.render.IndexPage;
import io.briefs.render.PdfException;
import io.briefs.render.PdfRenderer;
import io.briefs.render.PdfAttachment;
import io.briefs.render.PdfRequest;
import io.briefs.render.Templates;
import io.briefs.site.SitePaths;
import io.briefs.site.SiteWriter;
import java.io.IOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The build, stage by stage: load and validate the datasets, derive each brief's metrics, plan
 * its charts, render its HTML and PDF, and write the site. The only class that knows the order.
 */
public final class Pipeline {
  /** The name of each brief's fact ledger, in the site and inside the PDF. */
  public static final String DATA_JSON = "data.json";

  private final BuildOptions options;

  /** A build with the given options. */
  public Pipeline(BuildOptions options) {
    this.options = options;
  }

  /** Loads and validates the data folder; the diagnostics say whether it can be built. */
  public Loaded load() {
    Diagnostics diagnostics = new Diagnostics();
    Corpus corpus = new DatasetLoader(diagnostics).load(options.data());
    return new Loaded(corpus, diagnostics.sorted());
  }

  /** A loaded data folder and everything found wrong in it. */
  public record Loaded(Corpus corpus, List<Diagnostic> diagnostics) {
    /** Whether any diagnostic is an error. */
    public boolean hasErrors() {
      return diagnostics.stream().anyMatch(d -> d.severity() == Severity.ERROR);
    }
  }

  /**
   * Builds the site. Nothing is written unless the data is valid, and the output folder is only
   * replaced when every brief rendered.
   *
   * @return the number of briefs built
   */
  public int build() throws BriefsException, IOException {
    return build((brief, site) -> { });
  }

  /**
   * Builds the site and lets {@code extra} write more files for each brief into the same
   * staging folder (the whole site is published at once, or not at all).
   *
   * @return the number of briefs built
   */
  public int build(Extra extra) throws BriefsException, IOException {
    Loaded loaded = loadValid();
    Templates templates = Templates.open(options.templates());
    Fonts fonts = Fonts.load();
    ChartTheme theme = ChartTheme.standard();
    PdfRenderer pdf = new PdfRenderer(fonts, theme);
    SiteWriter site = SiteWriter.begin(options.out());
    try {
      List<IndexPage.BriefLink> links = new ArrayList<>();
      for (CompanyData company : loaded.corpus().companies()) {
        for (Quarter quarter : company.quarters()) {
          RenderedBrief brief = brief(company, quarter, templates, pdf, theme);
          links.add(write(brief, site));
          extra.write(brief, site);
        }
      }
      writeIndex(links, templates, site);
      Assets.copy(options.templates(), fonts, site);
      site.commit();
      return links.size();
    } catch (BriefsException | IOException | RuntimeException e) {
      site.abort();
      throw e;
    }
  }

  /** Renders every brief in memory and writes nothing (for commands that send them elsewhere). */
  public List<RenderedBrief> renderAll() throws BriefsException, IOException {
    Loaded loaded = loadValid();
    Templates templates = Templates.open(options.templates());
    ChartTheme theme = ChartTheme.standard();
    PdfRenderer pdf = new PdfRenderer(Fonts.load(), theme);
    List<RenderedBrief> all = new ArrayList<>();
    for (CompanyData company : loaded.corpus().companies()) {
      for (Quarter quarter : company.quarters()) {
        all.add(brief(company, quarter, templates, pdf, theme));
      }
    }
    return all;
  }

  /** More files a command writes into the site for each brief. */
  @FunctionalInterface
  public interface Extra {
    /** Writes this brief's extra files. */
    void write(RenderedBrief brief, SiteWriter site) throws BriefsException, IOException;
  }

  private Loaded loadValid() throws BriefsException {
    Loaded loaded = load();
    if (loaded.hasErrors()) {
      throw new BriefsException(loaded.diagnostics());
    }
    return loaded;
  }

  private RenderedBrief brief(CompanyData company, Quarter quarter, Templates templates, PdfRenderer pdf,
      ChartTheme theme) throws BriefsException, IOException {
    BriefMetrics metrics = MetricsDeriver.derive(company, quarter);
    Brief brief = new BriefWriter(Style.defaults()).write(metrics);
    List<ChartSpec> charts = ChartPlanner.forBrief(company, metrics);
    Numbers numbers = new Numbers(company.company().currency());
    BriefPage page = BriefPages.of(company.company(), quarter, brief, charts, theme, numbers);
    String html = templates.render("brief.ftlh", page);
    String print = templates.render("brief.ftlh", page.forPrint());
    Map<String, ChartSpec> byId = new LinkedHashMap<>();
    charts.forEach(c -> byId.put(c.id(), c));
    // the ledger comes first: the PDF carries it as an attachment
    Ledger ledger = LedgerBuilder.of(company.company().id(), quarter, brief, charts, numbers, options.data());
    byte[] data = LedgerJson.write(ledger);
    Instant date = stampDate(quarter);
    byte[] document;
    try {
      document = pdf.render(new PdfRequest(print, byId, numbers, options.pageSize(), date,
          List.of(PdfAttachment.data(DATA_JSON, data))));
    } catch (PdfException e) {
      throw new BriefsException(List.of(new Diagnostic(quarter.file(), 0, 0, Severity.ERROR,
          "rendering the PDF failed: " + e.getMessage())));
    }
    return new RenderedBrief(company.company(), quarter, page, charts, numbers, date, html, document, data);
  }

  private IndexPage.BriefLink write(RenderedBrief brief, SiteWriter site) throws IOException {
    String id = brief.company().id();
    FiscalQuarter period = brief.quarter().period();
    site.write(SitePaths.briefDir(id, period) + DATA_JSON, brief.data());
    site.write(SitePaths.briefPage(id, period), brief.html());
    site.write(SitePaths.briefPdf(id, period), brief.pdf());
    BriefPage page = brief.page();
    return new IndexPage.BriefLink(SitePaths.briefDir(id, period), brief.company().shortName(),
        page.periodDisplay(), page.headline(), page.reportedIso(), page.reportedDisplay());
  }

  private void writeIndex(List<IndexPage.BriefLink> links, Templates templates, SiteWriter site)
      throws BriefsException, IOException {
    List<IndexPage.BriefLink> newest = new ArrayList<>(links);
    newest.sort((a, b) -> {
      int byDate = b.reportedIso().compareTo(a.reportedIso());
      return byDate != 0 ? byDate : a.company().compareTo(b.company());
    });
    IndexPage index = new IndexPage("en", "Earnings briefs", "Earnings briefs generated from quarterly datasets.",
        newest, "");
    site.write("index.html", templates.render("index.ftlh", index));
  }

  /** The PDF's dates: {@code SOURCE_DATE_EPOCH} when set, otherwise the release date. */
  private Instant stampDate(Quarter quarter) {
    return options.sourceDate() != null ? options.sourceDate()
        : quarter.reported().atStartOfDay().toInstant(ZoneOffset.UTC);
  }
}
