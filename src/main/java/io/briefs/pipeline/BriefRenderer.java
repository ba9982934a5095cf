package io.briefs.pipeline;

import io.briefs.build.Futures;
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
import io.briefs.model.Quarter;
import io.briefs.narrative.Brief;
import io.briefs.narrative.BriefWriter;
import io.briefs.narrative.Numbers;
import io.briefs.render.BriefPage;
import io.briefs.render.BriefPages;
import io.briefs.render.PdfAttachment;
import io.briefs.render.PdfException;
import io.briefs.render.PdfRequest;
import io.briefs.site.SitePaths;
import java.io.IOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;

/**
 * Renders one brief, stage by stage: metrics, words, charts, web page, ledger and PDF. Holds only
 * shared immutable resources, so one renderer serves every worker thread.
 */
final class BriefRenderer {
  private final RenderKit kit;
  private final Optional<Executor> side;

  /**
   * A renderer that makes a brief's web page on {@code side} while its PDF renders (for builds
   * with fewer briefs than cores), or makes one after the other when there is no side executor.
   */
  BriefRenderer(RenderKit kit, Optional<Executor> side) {
    this.kit = kit;
    this.side = side;
  }

  /** Derives the metrics, writes the words and plans the charts of one brief. */
  Draft draft(CompanyData data, Quarter quarter, Diagnostics diagnostics) {
    Timings t = kit.timings();
    // segments named as they were called in the brief's quarter, in words and charts alike
    CompanyData company = data.asOf(quarter.period());
    BriefMetrics metrics = t.time(Stage.METRICS, () -> MetricsDeriver.derive(company, quarter));
    Brief brief = t.time(Stage.NARRATIVE, () -> new BriefWriter(kit.style()).write(metrics, diagnostics));
    List<ChartSpec> charts = t.time(Stage.CHARTS, () -> ChartPlanner.forBrief(company, metrics, kit.style()));
    return new Draft(company, quarter, metrics, brief, charts, new Numbers(company.company().currency()));
  }

  /** Renders a brief's page, ledger and PDF (which carries the ledger). */
  BriefDocuments render(CompanyData company, Quarter quarter) throws BriefsException, IOException {
    return BriefFailures.guarded(quarter, () -> render(draft(company, quarter, new Diagnostics())));
  }

  private BriefDocuments render(Draft w) throws BriefsException, IOException {
    Quarter quarter = w.quarter();
    CompletableFuture<Web> beside = null;
    Web web = null;
    String print;
    if (side.isEmpty()) {
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
      }, side.get());
      print = html(kit.timings().time(Stage.HTML, () -> BriefPages.of(w.company().company(), quarter, w.brief(),
          w.charts(), w.numbers(), kit.info(), c -> "")).forPrint());
    }
    Map<String, ChartSpec> byId = new LinkedHashMap<>();
    w.charts().forEach(c -> byId.put(c.id(), c));
    // the ledger comes first: the PDF carries it as an associated file
    Ledger ledger = LedgerBuilder.of(w.company().company().id(), quarter, w.brief(), w.charts(), w.numbers(),
        kit.options().data());
    byte[] data = LedgerJson.write(ledger);
    Instant date = stampDate(quarter);
    byte[] document = pdf(quarter, new PdfRequest(print, byId, w.numbers(), kit.options().pageSize(), date,
        List.of(PdfAttachment.data(SitePaths.LEDGER, data))));
    if (beside != null) {
      web = Futures.get(beside, "the web page of the " + quarter.period().label() + " brief");
    }
    return new BriefDocuments(w.company().company(), quarter, web.page(), w.charts(), w.numbers(), date,
        web.html(), document, data, LedgerCsv.write(ledger));
  }

  /** A brief's web page: its record (charts drawn as SVG) and its HTML. */
  private record Web(BriefPage page, String html) {}

  /** Draws the charts as SVG, makes the web page and checks it against the words and charts. */
  private Web web(Draft w) throws BriefsException {
    Timings t = kit.timings();
    Map<String, String> svg = new LinkedHashMap<>();
    t.time(Stage.CHARTS, () -> {
      w.charts().forEach(c -> svg.put(c.id(), SvgCharts.web(c, kit.theme(), w.numbers())));
      return svg;
    });
    BriefPage page = t.time(Stage.HTML, () -> BriefPages.of(w.company().company(), w.quarter(), w.brief(),
        w.charts(), w.numbers(), kit.info(), c -> svg.get(c.id())));
    List<Diagnostic> gate = new ConsistencyGate(w.numbers()).check(w.charts(), page);
    if (!gate.isEmpty()) {
      throw new BriefsException(gate);
    }
    return new Web(page, html(page));
  }

  private String html(BriefPage page) throws BriefsException {
    long t0 = System.nanoTime();
    String html = kit.templates().render("brief.ftlh", page);
    kit.timings().add(Stage.HTML, System.nanoTime() - t0);
    return html;
  }

  private byte[] pdf(Quarter quarter, PdfRequest request) throws BriefsException {
    long t0 = System.nanoTime();
    try {
      return kit.pdf().render(request);
    } catch (PdfException e) {
      throw new BriefsException(List.of(new Diagnostic(quarter.file(), 0, 0, Severity.ERROR,
          "rendering the PDF failed: " + e.getMessage())));
    } finally {
      kit.timings().add(Stage.PDF, System.nanoTime() - t0);
    }
  }

  /** The PDF's dates: {@code SOURCE_DATE_EPOCH} when set, otherwise the release date. */
  private Instant stampDate(Quarter quarter) {
    return kit.options().sourceDate() != null ? kit.options().sourceDate()
        : quarter.reported().atStartOfDay().toInstant(ZoneOffset.UTC);
  }
}
