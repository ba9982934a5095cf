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
import io.briefs.render.PdfStamp;
import io.briefs.render.SiteInfo;
import io.briefs.render.SocialCard;
import io.briefs.render.Templates;
import io.briefs.site.SitePaths;
import io.briefs.site.SiteWriter;
import io.briefs.validate.Validator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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
 * its charts, render its HTML, PDF, ledger and figures, then the listing pages, feeds and sitemap
 * ({@link Listings}) and the assets, and swap the site in. The only class that knows the order.
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

  /**
   * Builds the site. Nothing is written unless the data, the style and every brief's words pass
   * their checks, and the output folder is only replaced when every page rendered.
   */
  public Result build() throws BriefsException, IOException {
    Loaded loaded = load();
    if (loaded.hasErrors()) {
      throw new BriefsException(loaded.diagnostics());
    }
    checkSiteFolders(loaded.corpus());
    Style style = style();
    List<Diagnostic> warnings = new ArrayList<>(loaded.diagnostics().stream()
        .filter(d -> d.severity() == Severity.WARNING).toList());
    warnings.addAll(check(loaded.corpus(), style));
    if (options.baseUrl() == null) {
      warnings.add(Listings.withoutBaseUrl(options.out().toString()));
    }
    Templates templates = Templates.open(options.templates());
    Fonts fonts = Fonts.load();
    ChartTheme theme = ChartTheme.standard();
    PdfRenderer pdf = new PdfRenderer(fonts, theme);
    SiteInfo info = SiteInfo.of(options.baseUrl());
    SiteWriter site = SiteWriter.begin(options.out(), options.clean());
    try {
      List<BriefSummary> briefs = new ArrayList<>();
      for (CompanyData company : loaded.corpus().companies()) {
        for (Quarter quarter : company.quarters()) {
          briefs.add(guarded(quarter, () -> render(words(company, quarter, style, new Diagnostics()), style,
              templates, pdf, theme, info, site)));
        }
      }
      new Listings(info, templates, site)
          .write(loaded.corpus().companies(), briefs, style, styleSource(), theme);
      Assets.copy(options.templates(), fonts, site);
      site.commit();
      return new Result(briefs.size(), warnings);
    } catch (BriefsException | IOException | RuntimeException e) {
      site.abort();
      throw e;
    }
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

  /** Renders a brief's page, PDF, ledger and figures into the site. */
  private BriefSummary render(Words w, Style style, Templates templates, PdfRenderer pdf, ChartTheme theme,
      SiteInfo info, SiteWriter site) throws BriefsException, IOException {
    Quarter quarter = w.quarter();
    BriefPage page = BriefPages.of(w.company().company(), quarter, w.brief(), w.charts(), theme, w.numbers(),
        info);
    List<Diagnostic> gate = new ConsistencyGate(w.numbers(), style).check(w.charts(), page);
    if (!gate.isEmpty()) {
      throw new BriefsException(gate);
    }
    String html = templates.render("brief.ftlh", page);
    String print = templates.render("brief.ftlh", page.forPrint());
    Map<String, ChartSpec> byId = new LinkedHashMap<>();
    w.charts().forEach(c -> byId.put(c.id(), c));
    byte[] document;
    try {
      document = pdf.render(print, byId, w.numbers(), new PdfStamp(stampDate(quarter), digest(print)));
    } catch (PdfException e) {
      throw new BriefsException(List.of(new Diagnostic(quarter.file(), 0, 0, Severity.ERROR,
          "rendering the PDF failed: " + e.getMessage())));
    }
    String id = w.company().company().id();
    String dir = SitePaths.briefDir(id, quarter.period());
    Ledger ledger = LedgerBuilder.of(id, quarter, w.brief(), w.charts(), w.numbers(), options.data());
    site.write(dir + SitePaths.LEDGER, LedgerJson.write(ledger));
    site.write(dir + SitePaths.FIGURES_CSV, LedgerCsv.write(ledger));
    site.write(SitePaths.briefPage(id, quarter.period()), html);
    site.write(SitePaths.briefPdf(id, quarter.period()), document);
    site.write(SitePaths.briefDir(id, quarter.period()) + SocialCard.FILE,
        SocialCard.of(page, w.charts(), theme, w.numbers()));
    return new BriefSummary(w.company(), quarter, page.title(), page.headline(), page.description());
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
