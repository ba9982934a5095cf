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
import io.briefs.ledger.LedgerCsv;
import io.briefs.ledger.LedgerJson;
import io.briefs.ledger.ConsistencyGate;
import io.briefs.load.DatasetLoader;
import io.briefs.load.StyleReader;
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
import io.briefs.render.BriefSummary;
import io.briefs.render.PdfException;
import io.briefs.render.PdfRenderer;
import io.briefs.render.PdfAttachment;
import io.briefs.render.PdfRequest;
import io.briefs.render.SiteInfo;
import io.briefs.render.SocialCard;
import io.briefs.render.Templates;
import io.briefs.site.SitePaths;
import io.briefs.site.SiteWriter;
import io.briefs.validate.Validator;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The build, stage by stage: load and validate the datasets, derive each brief's metrics, plan
 * its charts, render its HTML, PDF, ledger and figures, then the listing pages, feeds and sitemap
 * ({@link Listings}) and the assets, and swap the site in. The only class that knows the order.
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
    new Validator(diagnostics).validate(corpus);
    return new Loaded(corpus, diagnostics.sorted());
  }

  /** A loaded data folder and everything found wrong in it. */
  public record Loaded(Corpus corpus, List<Diagnostic> diagnostics) {
    /** Whether any diagnostic is an error. */
    public boolean hasErrors() {
      return diagnostics.stream().anyMatch(d -> d.severity() == Severity.ERROR);
    }
  }

  /** What a build produced: the number of briefs and the warnings found on the way. */
  public record Result(int briefs, List<Diagnostic> warnings) {}

  /** A brief's words and charts, before anything is rendered. */
  private record Words(CompanyData company, Quarter quarter, BriefMetrics metrics, Brief brief,
      List<ChartSpec> charts, Numbers numbers) {}

  /** Everything the briefs are rendered with, once their data, style and words passed the checks. */
  private record Prepared(Loaded loaded, Style style, List<Diagnostic> warnings, Templates templates,
      Fonts fonts, ChartTheme theme, PdfRenderer pdf, SiteInfo info) {}

  /** Every brief rendered in memory, and the warnings found on the way. */
  public record Rendered(List<RenderedBrief> briefs, List<Diagnostic> warnings) {}

  /** More files a command writes into the site for each brief (such as its mail message). */
  @FunctionalInterface
  public interface Extra {
    /** Writes this brief's extra files. */
    void write(RenderedBrief brief, SiteWriter site) throws BriefsException, IOException;
  }

  /**
   * Builds the site. Nothing is written unless the data, the style and every brief's words pass
   * their checks, and the output folder is only replaced when every brief rendered.
   */
  public Result build() throws BriefsException, IOException {
    return build((brief, site) -> { });
  }

  /**
   * Builds the site and lets {@code extra} write more files for each brief into the same staging
   * folder: the whole site is published at once, or not at all.
   */
  public Result build(Extra extra) throws BriefsException, IOException {
    Prepared p = prepare();
    SiteWriter site = SiteWriter.begin(options.out(), options.clean());
    try {
      List<BriefSummary> briefs = new ArrayList<>();
      for (CompanyData company : p.loaded().corpus().companies()) {
        for (Quarter quarter : company.quarters()) {
          RenderedBrief brief = guarded(quarter, () -> render(words(company, quarter, p.style(),
              new Diagnostics()), p));
          briefs.add(write(company, brief, site));
          guarded(quarter, () -> {
            extra.write(brief, site);
            return null;
          });
        }
      }
      new Listings(p.info(), p.templates(), site)
          .write(p.loaded().corpus().companies(), briefs, p.style(), styleSource(), p.theme());
      Assets.copy(options.templates(), p.fonts(), site);
      site.commit();
      List<Diagnostic> warnings = new ArrayList<>(p.warnings());
      if (options.baseUrl() == null) {
        warnings.add(Listings.withoutBaseUrl(options.out().toString()));
      }
      return new Result(briefs.size(), warnings);
    } catch (BriefsException | IOException | RuntimeException e) {
      site.abort();
      throw e;
    }
  }

  /** Renders every brief in memory and writes nothing (for commands that send them elsewhere). */
  public Rendered renderAll() throws BriefsException, IOException {
    Prepared p = prepare();
    List<RenderedBrief> all = new ArrayList<>();
    for (CompanyData company : p.loaded().corpus().companies()) {
      for (Quarter quarter : company.quarters()) {
        all.add(guarded(quarter, () -> render(words(company, quarter, p.style(), new Diagnostics()), p)));
      }
    }
    return new Rendered(all, p.warnings());
  }

  private Prepared prepare() throws BriefsException, IOException {
    Loaded loaded = load();
    if (loaded.hasErrors()) {
      throw new BriefsException(loaded.diagnostics());
    }
    checkSiteFolders(loaded.corpus());
    Style style = style();
    List<Diagnostic> warnings = new ArrayList<>(loaded.diagnostics().stream()
        .filter(d -> d.severity() == Severity.WARNING).toList());
    warnings.addAll(check(loaded.corpus(), style));
    Templates templates = Templates.open(options.templates());
    Fonts fonts = Fonts.load();
    ChartTheme theme = ChartTheme.standard();
    return new Prepared(loaded, style, warnings, templates, fonts, theme, new PdfRenderer(fonts, theme),
        SiteInfo.of(options.baseUrl()));
  }

  /** A company id that names one of the site's own folders would mix its pages with them. */
  private static void checkSiteFolders(Corpus corpus) throws BriefsException {
    String reserved = String.join(", ", SitePaths.RESERVED.stream().sorted().toList());
    List<Diagnostic> clashes = corpus.companies().stream()
        .filter(c -> SitePaths.RESERVED.contains(c.company().id()))
        .map(c -> Diagnostic.error(c.company().loc(), "the company id `" + c.company().id()
            + "` names a folder of the site itself (" + reserved + "); choose another id"))
        .toList();
    if (!clashes.isEmpty()) {
      throw new BriefsException(clashes);
    }
  }

  /** The wording rules from {@code templates/style.yaml} (or the defaults when there is none). */
  private Style style() throws BriefsException {
    Diagnostics diagnostics = new Diagnostics();
    Style style = new StyleReader(diagnostics).read(options.templates().resolve("style.yaml"));
    if (style == null || diagnostics.hasErrors()) {
      throw new BriefsException(diagnostics.sorted());
    }
    return style;
  }

  /** Where the wording rules came from, as the methodology page says it (no machine paths). */
  private String styleSource() {
    return Files.exists(options.templates().resolve("style.yaml")) ? "style.yaml in the templates folder"
        : "the built-in defaults (the templates folder has no style.yaml)";
  }

  /** Writes every brief's words and checks them (commentary numbers, the consistency gate). */
  private List<Diagnostic> check(Corpus corpus, Style style) throws BriefsException, IOException {
    Diagnostics diagnostics = new Diagnostics();
    for (CompanyData company : corpus.companies()) {
      for (Quarter quarter : company.quarters()) {
        Words words = guarded(quarter, () -> words(company, quarter, style, diagnostics));
        new ConsistencyGate(words.numbers(), style).check(words.brief(), words.charts()).forEach(diagnostics::add);
      }
    }
    if (diagnostics.hasErrors()) {
      throw new BriefsException(diagnostics.sorted());
    }
    return diagnostics.sorted();
  }

  /** A step of one brief's work. */
  private interface Step<T> {
    T run() throws BriefsException, IOException;
  }

  /**
   * Runs one brief's step so that an unexpected failure is reported as one line naming the brief
   * (its dataset file) instead of a stack trace; the cause is kept for {@code --verbose}.
   */
  private static <T> T guarded(Quarter quarter, Step<T> step) throws BriefsException, IOException {
    try {
      return step.run();
    } catch (RuntimeException | StackOverflowError e) {
      throw new BriefsException(new Diagnostic(quarter.file(), 0, 0, Severity.ERROR,
          "internal error while making the " + quarter.period().label() + " brief: " + e), e);
    }
  }

  /** Derives the metrics, writes the words and plans the charts of one brief. */
  private static Words words(CompanyData company, Quarter quarter, Style style, Diagnostics diagnostics) {
    BriefMetrics metrics = MetricsDeriver.derive(company, quarter);
    Brief brief = new BriefWriter(style).write(metrics, diagnostics);
    List<ChartSpec> charts = ChartPlanner.forBrief(company, metrics);
    return new Words(company, quarter, metrics, brief, charts, new Numbers(company.company().currency()));
  }

  /** Renders a brief's page, ledger and PDF (which carries the ledger). */
  private RenderedBrief render(Words w, Prepared p) throws BriefsException {
    Quarter quarter = w.quarter();
    BriefPage page = BriefPages.of(w.company().company(), quarter, w.brief(), w.charts(), p.theme(), w.numbers(),
        p.info());
    List<Diagnostic> gate = new ConsistencyGate(w.numbers(), p.style()).check(w.charts(), page);
    if (!gate.isEmpty()) {
      throw new BriefsException(gate);
    }
    String html = p.templates().render("brief.ftlh", page);
    String print = p.templates().render("brief.ftlh", page.forPrint());
    Map<String, ChartSpec> byId = new LinkedHashMap<>();
    w.charts().forEach(c -> byId.put(c.id(), c));
    // the ledger comes first: the PDF carries it as an associated file
    Ledger ledger = LedgerBuilder.of(w.company().company().id(), quarter, w.brief(), w.charts(), w.numbers(),
        options.data());
    byte[] data = LedgerJson.write(ledger);
    Instant date = stampDate(quarter);
    byte[] document;
    try {
      document = p.pdf().render(new PdfRequest(print, byId, w.numbers(), options.pageSize(), date,
          List.of(PdfAttachment.data(DATA_JSON, data))));
    } catch (PdfException e) {
      throw new BriefsException(List.of(new Diagnostic(quarter.file(), 0, 0, Severity.ERROR,
          "rendering the PDF failed: " + e.getMessage())));
    }
    return new RenderedBrief(w.company().company(), quarter, page, w.charts(), w.numbers(), date, html,
        document, data, LedgerCsv.write(ledger));
  }

  /** Writes a brief's page, PDF, ledger, figures and social card into the site. */
  private BriefSummary write(CompanyData company, RenderedBrief brief, SiteWriter site) throws IOException {
    String id = brief.company().id();
    FiscalQuarter period = brief.quarter().period();
    site.write(SitePaths.briefDir(id, period) + DATA_JSON, brief.data());
    site.write(SitePaths.briefDir(id, period) + SitePaths.FIGURES_CSV, brief.figures());
    site.write(SitePaths.briefPage(id, period), brief.html());
    site.write(SitePaths.briefPdf(id, period), brief.pdf());
    site.write(SitePaths.briefDir(id, period) + SocialCard.FILE,
        SocialCard.of(brief.page(), brief.charts(), ChartTheme.standard(), brief.numbers()));
    BriefPage page = brief.page();
    return new BriefSummary(company, brief.quarter(), page.title(), page.headline(), page.description());
  }

  /** The PDF's dates: {@code SOURCE_DATE_EPOCH} when set, otherwise the release date. */
  private Instant stampDate(Quarter quarter) {
    return options.sourceDate() != null ? options.sourceDate()
        : quarter.reported().atStartOfDay().toInstant(ZoneOffset.UTC);
  }
}
