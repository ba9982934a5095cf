package io.briefs.bench;

import io.briefs.site.SitePaths;
import io.briefs.pipeline.LoadResult;
import io.briefs.pipeline.BuildOptions;
import io.briefs.pipeline.Pipeline;
import io.briefs.chart.ChartPlanner;
import io.briefs.chart.ChartSpec;
import io.briefs.chart.ChartTheme;
import io.briefs.ledger.LedgerBuilder;
import io.briefs.ledger.LedgerJson;
import io.briefs.metrics.BriefMetrics;
import io.briefs.metrics.MetricsDeriver;
import io.briefs.model.CompanyData;
import io.briefs.model.FiscalQuarter;
import io.briefs.model.Quarter;
import io.briefs.narrative.Brief;
import io.briefs.narrative.BriefWriter;
import io.briefs.narrative.Numbers;
import io.briefs.narrative.Style;
import io.briefs.render.BriefPages;
import io.briefs.render.Fonts;
import io.briefs.render.PageSize;
import io.briefs.render.PdfAttachment;
import io.briefs.render.PdfRenderer;
import io.briefs.render.PdfRequest;
import io.briefs.render.Templates;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Times the PDF render call of the Dell Q1 FY2026 brief, warm (not a test: run it by hand, see
 * the README). Usage: {@code PdfRenderBench [warm-up runs] [timed runs]}; prints the size and the
 * minimum, median and maximum time of {@link PdfRenderer#render}.
 */
public final class PdfRenderBench {
  private PdfRenderBench() {}

  public static void main(String[] args) throws Exception {
    int warmUp = args.length > 0 ? Integer.parseInt(args[0]) : 10;
    int runs = args.length > 1 ? Integer.parseInt(args[1]) : 30;
    long loadStart = System.nanoTime();
    Fonts fonts = Fonts.load();
    PdfRenderer renderer = new PdfRenderer(fonts, ChartTheme.standard());
    PdfRequest request = dellRequest();
    System.out.printf(Locale.ROOT, "setup (fonts, data, templates): %.0f ms%n", (System.nanoTime() - loadStart) / 1e6);
    long first = System.nanoTime();
    byte[] pdf = renderer.render(request);
    System.out.printf(Locale.ROOT, "first render (cold JVM): %.0f ms%n", (System.nanoTime() - first) / 1e6);
    for (int i = 0; i < warmUp; i++) {
      renderer.render(request);
    }
    // wall time depends on what else the machine runs; the thread's CPU time much less so
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    double[] ms = new double[runs];
    double[] cpu = new double[runs];
    for (int i = 0; i < runs; i++) {
      long t = System.nanoTime();
      long c = threads.getCurrentThreadCpuTime();
      pdf = renderer.render(request);
      ms[i] = (System.nanoTime() - t) / 1e6;
      cpu[i] = (threads.getCurrentThreadCpuTime() - c) / 1e6;
    }
    Arrays.sort(ms);
    Arrays.sort(cpu);
    System.out.printf(Locale.ROOT, "dell-fy2026-q1.pdf: %d bytes (%.1f KB); warm render over %d runs: "
        + "wall min %.0f / median %.0f / max %.0f ms; CPU min %.0f / median %.0f ms%n", pdf.length,
        pdf.length / 1024.0, runs, ms[0], ms[runs / 2], ms[runs - 1], cpu[0], cpu[runs / 2]);
  }

  private static PdfRequest dellRequest() throws Exception {
    Path data = Path.of("data");
    LoadResult loaded = new Pipeline(new BuildOptions(data, null, null, null)).load();
    CompanyData dell = loaded.corpus().companies().stream().filter(c -> c.company().id().equals("dell"))
        .findFirst().orElseThrow();
    Quarter quarter = dell.quarter(FiscalQuarter.parse("FY2026-Q1"));
    BriefMetrics metrics = MetricsDeriver.derive(dell, quarter);
    io.briefs.diag.Diagnostics diagnostics = new io.briefs.diag.Diagnostics();
    Style style = new io.briefs.load.StyleReader(diagnostics).read(Path.of("templates/style.yaml"));
    Brief brief = new BriefWriter(style).write(metrics, diagnostics);
    List<ChartSpec> charts = ChartPlanner.forBrief(dell, metrics, Style.defaults());
    Numbers numbers = new Numbers(dell.company().currency());
    String print = Templates.open(Path.of("templates")).render("brief.ftlh",
        BriefPages.of(dell.company(), quarter, brief, charts, ChartTheme.standard(), numbers).forPrint());
    Map<String, ChartSpec> byId = new LinkedHashMap<>();
    charts.forEach(c -> byId.put(c.id(), c));
    byte[] ledger = LedgerJson.write(LedgerBuilder.of("dell", quarter, brief, charts, numbers, data));
    return new PdfRequest(print, byId, numbers, PageSize.LETTER, Instant.ofEpochSecond(1748476800),
        List.of(PdfAttachment.data(SitePaths.LEDGER, ledger)));
  }
}
