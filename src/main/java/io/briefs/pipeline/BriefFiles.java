package io.briefs.pipeline;

import io.briefs.build.BriefEntry;
import io.briefs.build.Timings;
import io.briefs.build.Timings.Stage;
import io.briefs.chart.ChartTheme;
import io.briefs.model.CompanyData;
import io.briefs.model.FiscalQuarter;
import io.briefs.render.BriefPage;
import io.briefs.render.BriefSummary;
import io.briefs.render.SocialCard;
import io.briefs.site.SitePaths;
import io.briefs.site.SiteWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes a brief's documents into the site, in the site's layout: page, PDF, ledger, figures and
 * social card (drawn here, from the page and the charts).
 */
final class BriefFiles {
  private final ChartTheme theme;
  private final Timings timings;

  BriefFiles(ChartTheme theme, Timings timings) {
    this.theme = theme;
    this.timings = timings;
  }

  /** Writes {@code brief} ({@code data} is its company's) and says what the listings show of it. */
  BriefEntry write(BriefDocuments brief, CompanyData data, SiteWriter site) throws IOException {
    long t0 = System.nanoTime();
    String id = brief.company().id();
    FiscalQuarter period = brief.quarter().period();
    String dir = SitePaths.briefDir(id, period);
    Map<String, byte[]> files = new LinkedHashMap<>();
    files.put(dir + SitePaths.LEDGER, brief.data());
    files.put(dir + SitePaths.FIGURES_CSV, brief.figures());
    files.put(SitePaths.briefPage(id, period), brief.html().getBytes(StandardCharsets.UTF_8));
    files.put(SitePaths.briefPdf(id, period), brief.pdf());
    long card0 = System.nanoTime();
    files.put(dir + SitePaths.CARD, SocialCard.of(brief.page(), brief.charts(), theme, brief.numbers()));
    long card = System.nanoTime() - card0;
    timings.add(Stage.CHARTS, card);
    // the build state lists a brief's files as SitePaths does, and a state that lists others is
    // refused (every later build would start over): the two must not drift apart
    List<String> paths = SitePaths.briefFiles(id, period);
    if (!files.keySet().equals(Set.copyOf(paths))) {
      throw new IllegalStateException("a brief's files " + files.keySet() + " are not SitePaths' " + paths);
    }
    for (String path : paths) {
      site.write(path, files.get(path));
    }
    timings.add(Stage.WRITE, System.nanoTime() - t0 - card);
    BriefPage page = brief.page();
    return new BriefEntry(BriefSummary.of(data, brief.quarter(), page.title(), page.headline(), page.description()),
        paths);
  }
}
