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
import io.briefs.render.PdfStamp;
import io.briefs.render.SocialCard;
import io.briefs.render.Templates;
import io.briefs.site.SitePaths;
import io.briefs.site.SiteWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The build, stage by stage: load and validate the datasets, derive each brief's metrics, plan
 * its charts, render its HTML and PDF, and write the site. The only class that knows the order.
 */
public final class Pipeline {
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
    Loaded loaded = load();
    if (loaded.hasErrors()) {
      throw new BriefsException(loaded.diagnostics());
    }
    Templates templates = Templates.open(options.templates());
    Fonts fonts = Fonts.load();
    ChartTheme theme = ChartTheme.standard();
    PdfRenderer pdf = new PdfRenderer(fonts, theme);
    SiteWriter site = SiteWriter.begin(options.out());
    try {
      List<IndexPage.BriefLink> links = new ArrayList<>();
      for (CompanyData company : loaded.corpus().companies()) {
        for (Quarter quarter : company.quarters()) {
          links.add(brief(company, quarter, templates, pdf, theme, site));
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

  private IndexPage.BriefLink brief(CompanyData company, Quarter quarter, Templates templates, PdfRenderer pdf,
      ChartTheme theme, SiteWriter site) throws BriefsException, IOException {
    BriefMetrics metrics = MetricsDeriver.derive(company, quarter);
    Brief brief = new BriefWriter(Style.defaults()).write(metrics);
    List<ChartSpec> charts = ChartPlanner.forBrief(company, metrics);
    Numbers numbers = new Numbers(company.company().currency());
    BriefPage page = BriefPages.of(company.company(), quarter, brief, charts, theme, numbers);
    String html = templates.render("brief.ftlh", page);
    String print = templates.render("brief.ftlh", page.forPrint());
    Map<String, ChartSpec> byId = new LinkedHashMap<>();
    charts.forEach(c -> byId.put(c.id(), c));
    byte[] document;
    try {
      document = pdf.render(print, byId, numbers, new PdfStamp(stampDate(quarter), digest(print)));
    } catch (PdfException e) {
      throw new BriefsException(List.of(new Diagnostic(quarter.file(), 0, 0, Severity.ERROR,
          "rendering the PDF failed: " + e.getMessage())));
    }
    String id = company.company().id();
    Ledger ledger = LedgerBuilder.of(id, quarter, brief, charts, numbers, options.data());
    site.write(SitePaths.briefDir(id, quarter.period()) + "data.json", LedgerJson.write(ledger));
    site.write(SitePaths.briefPage(id, quarter.period()), html);
    site.write(SitePaths.briefPdf(id, quarter.period()), document);
    site.write(SitePaths.briefDir(id, quarter.period()) + SocialCard.FILE,
        SocialCard.of(page, charts, theme, numbers));
    return new IndexPage.BriefLink(SitePaths.briefDir(id, quarter.period()), company.company().shortName(),
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

  private static byte[] digest(String text) {
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return Arrays.copyOf(hash, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
