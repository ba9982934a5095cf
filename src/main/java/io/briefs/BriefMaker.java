package io.briefs;

import io.briefs.build.Timings;
import io.briefs.build.Timings.Stage;
import io.briefs.chart.ChartPlanner;
import io.briefs.chart.ChartSpec;
import io.briefs.chart.SvgCharts;
import io.briefs.diag.BriefsException;
import io.briefs.diag.Diagnostic;
import io.briefs.diag.Diagnostics;
import io.briefs.diag.Severity;
import io.briefs.ledger.ConsistencyGate;
import io.briefs.ledger.Ledger;
import io.briefs.ledger.LedgerBuilder;
import io.briefs.ledger.LedgerCsv;
import io.briefs.ledger.LedgerJson;
import io.briefs.metrics.BriefMetrics;
import io.briefs.metrics.MetricsDeriver;
import io.briefs.model.CompanyData;
import io.briefs.model.FiscalQuarter;
import io.briefs.model.Quarter;
import io.briefs.narrative.Brief;
import io.briefs.narrative.BriefWriter;
import io.briefs.narrative.Numbers;
import io.briefs.render.BriefPage;
import io.briefs.render.BriefSummary;
import io.briefs.render.BriefPages;
import io.briefs.render.PdfAttachment;
import io.briefs.render.PdfException;
import io.briefs.render.PdfRequest;
import io.briefs.render.SocialCard;
import io.briefs.site.SitePaths;
import io.briefs.site.SiteWriter;
import java.io.IOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;

/**
 * Makes one brief, stage by stage: metrics, words, charts, page, PDF and ledger, then its files.
 * Holds only shared immutable resources, so one maker serves every worker thread.
 */
final class BriefMaker {
  private final Resources r;
  private final Executor side;

  /** A maker that does each brief's steps one after another. */
  BriefMaker(Resources resources) {
    this(resources, null);
  }

  /**
   * A maker that makes a brief's web page on {@code side} while its PDF renders (for builds with
   * fewer briefs than cores), or one step after another when {@code side} is null.
   */
  BriefMaker(Resources resources, Executor side) {
    this.r = resources;
    this.side = side;
  }

  /** A brief's words and charts, before anything is rendered. */
  record Words(CompanyData company, Quarter quarter, BriefMetrics metrics, Brief brief, List<ChartSpec> charts,
      Numbers numbers) {}

  /** A brief as written: its summary for the listings and the files it made. */
  record Written(BriefSummary summary, List<String> files) {}

  /** Derives the metrics, writes the words and plans the charts of one brief. */
  Words words(CompanyData company, Quarter quarter, Diagnostics diagnostics) {
    Timings t = r.timings();
    BriefMetrics metrics = t.time(Stage.METRICS, () -> MetricsDeriver.derive(company, quarter));
    Brief brief = t.time(Stage.NARRATIVE, () -> new BriefWriter(r.style()).write(metrics, diagnostics));
    List<ChartSpec> charts = t.time(Stage.CHARTS, () -> ChartPlanner.forBrief(company, metrics, r.style()));
    return new Words(company, quarter, metrics, brief, charts, new Numbers(company.company().currency()));
  }

  /** Problems in a brief's words: commentary numbers and the consistency gate. */
  List<Diagnostic> check(CompanyData company, Quarter quarter) throws BriefsException, IOException {
    Diagnostics d = new Diagnostics();
    Words w = guarded(quarter, () -> words(company, quarter, d));
    new ConsistencyGate(w.numbers()).check(w.brief(), w.charts()).forEach(d::add);
    return d.sorted();
  }

  /** Renders a brief's page, ledger and PDF (which carries the ledger). */
  RenderedBrief render(CompanyData company, Quarter quarter) throws BriefsException, IOException {
    return guarded(quarter, () -> render(words(company, quarter, new Diagnostics())));
  }

  private RenderedBrief render(Words w) throws BriefsException {
    Quarter quarter = w.quarter();
    Web web;
    String print;
    CompletableFuture<Web> beside = null;
    if (side == null) {
      web = web(w);
      print = html(web.page().forPrint());
    } else {
      // the PDF draws its charts itself and needs none of the web page's SVG: with a core to
      // spare, the web drawings and page are made beside it
      beside = CompletableFuture.supplyAsync(() -> {
        try {
          return web(w);
        } catch (BriefsException e) {
          throw new CompletionException(e);
        }
      }, side);
      print = html(r.timings().time(Stage.HTML, () -> BriefPages.of(w.company().company(), quarter, w.brief(),
          w.charts(), w.numbers(), r.info(), c -> "")).forPrint());
      web = null;
    }
    Map<String, ChartSpec> byId = new LinkedHashMap<>();
    w.charts().forEach(c -> byId.put(c.id(), c));
    // the ledger comes first: the PDF carries it as an associated file
    Ledger ledger = LedgerBuilder.of(w.company().company().id(), quarter, w.brief(), w.charts(), w.numbers(),
        r.options().data());
    byte[] data = LedgerJson.write(ledger);
    Instant date = stampDate(quarter);
    byte[] document = pdf(quarter, new PdfRequest(print, byId, w.numbers(), r.options().pageSize(), date,
        List.of(PdfAttachment.data(Pipeline.DATA_JSON, data))));
    if (beside != null) {
      web = join(beside);
    }
    return new RenderedBrief(w.company().company(), quarter, web.page(), w.charts(), w.numbers(), date, web.html(),
        document, data, LedgerCsv.write(ledger));
  }

  /** A brief's web page: its record (charts drawn as SVG) and its HTML. */
  private record Web(BriefPage page, String html) {}

  /** Draws the charts as SVG, makes the web page and checks it against the words and charts. */
  private Web web(Words w) throws BriefsException {
    Timings t = r.timings();
    Map<String, String> svg = new LinkedHashMap<>();
    t.time(Stage.CHARTS, () -> {
      w.charts().forEach(c -> svg.put(c.id(), SvgCharts.web(c, r.theme(), w.numbers())));
      return svg;
    });
    BriefPage page = t.time(Stage.HTML, () -> BriefPages.of(w.company().company(), w.quarter(), w.brief(),
        w.charts(), w.numbers(), r.info(), c -> svg.get(c.id())));
    List<Diagnostic> gate = new ConsistencyGate(w.numbers()).check(w.charts(), page);
    if (!gate.isEmpty()) {
      throw new BriefsException(gate);
    }
    return new Web(page, html(page));
  }

  private String html(BriefPage page) throws BriefsException {
    long t0 = System.nanoTime();
    String html = r.templates().render("brief.ftlh", page);
    r.timings().add(Stage.HTML, System.nanoTime() - t0);
    return html;
  }

  private byte[] pdf(Quarter quarter, PdfRequest request) throws BriefsException {
    long t0 = System.nanoTime();
    try {
      return r.pdf().render(request);
    } catch (PdfException e) {
      throw new BriefsException(List.of(new Diagnostic(quarter.file(), 0, 0, Severity.ERROR,
          "rendering the PDF failed: " + e.getMessage())));
    } finally {
      r.timings().add(Stage.PDF, System.nanoTime() - t0);
    }
  }

  /** The web page made beside the PDF; its failure is rethrown as it was. */
  private static Web join(CompletableFuture<Web> beside) throws BriefsException {
    try {
      return beside.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof BriefsException b) {
        throw b;
      }
      if (e.getCause() instanceof RuntimeException re) {
        throw re;
      }
      throw e;
    }
  }

  /** Writes a brief's page, PDF, ledger, figures and social card into the site ({@code data} is its company's). */
  Written write(RenderedBrief brief, CompanyData data, SiteWriter site) throws IOException {
    long t0 = System.nanoTime();
    String id = brief.company().id();
    FiscalQuarter period = brief.quarter().period();
    String dir = SitePaths.briefDir(id, period);
    Map<String, byte[]> files = new LinkedHashMap<>();
    files.put(dir + Pipeline.DATA_JSON, brief.data());
    files.put(dir + SitePaths.FIGURES_CSV, brief.figures());
    files.put(SitePaths.briefPage(id, period), brief.html().getBytes(java.nio.charset.StandardCharsets.UTF_8));
    files.put(SitePaths.briefPdf(id, period), brief.pdf());
    long card0 = System.nanoTime();
    files.put(dir + SocialCard.FILE, SocialCard.of(brief.page(), brief.charts(), r.theme(), brief.numbers()));
    long card = System.nanoTime() - card0;
    r.timings().add(Stage.CHARTS, card);
    for (Map.Entry<String, byte[]> f : files.entrySet()) {
      site.write(f.getKey(), f.getValue());
    }
    r.timings().add(Stage.WRITE, System.nanoTime() - t0 - card);
    BriefPage page = brief.page();
    return new Written(BriefSummary.of(data, brief.quarter(), page.title(), page.headline(), page.description()),
        new ArrayList<>(files.keySet()));
  }

  /** The PDF's dates: {@code SOURCE_DATE_EPOCH} when set, otherwise the release date. */
  private Instant stampDate(Quarter quarter) {
    return r.options().sourceDate() != null ? r.options().sourceDate()
        : quarter.reported().atStartOfDay().toInstant(ZoneOffset.UTC);
  }

  /** A step of one brief's work. */
  interface Step<T> {
    T run() throws BriefsException, IOException;
  }

  /**
   * Runs one brief's step so that an unexpected failure is reported as one line naming the brief
   * (its dataset file) instead of a stack trace; the cause is kept for {@code --verbose}.
   */
  static <T> T guarded(Quarter quarter, Step<T> step) throws BriefsException, IOException {
    try {
      return step.run();
    } catch (RuntimeException | StackOverflowError e) {
      throw new BriefsException(new Diagnostic(quarter.file(), 0, 0, Severity.ERROR,
          "internal error while making the " + quarter.period().label() + " brief: " + e), e);
    }
  }
}
