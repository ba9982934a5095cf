package io.briefs.chart;

import io.briefs.narrative.Style;
import static org.assertj.core.api.Assertions.assertThat;

import io.briefs.diag.Diagnostics;
import io.briefs.load.DatasetLoader;
import io.briefs.metrics.BriefMetrics;
import io.briefs.metrics.MetricsDeriver;
import io.briefs.model.CompanyData;
import io.briefs.model.FiscalQuarter;
import io.briefs.model.Quarter;
import io.briefs.narrative.Numbers;
import io.briefs.render.Fonts;
import java.nio.file.Path;
import java.util.List;

/** The chart tests' datasets: the Acme fixture (gaps, losses, a restatement) and the Dell sample. */
final class ChartFixture {
  /** Acme: a missing quarter file, segment losses, one backlog figure, guidance every quarter. */
  static final Path ACME = Path.of("src/test/resources/fixtures/charts");
  /** The sample data the site is built from. */
  static final Path SAMPLE = Path.of("data");
  static final Numbers USD = new Numbers("USD");
  static final ChartTheme THEME = ChartTheme.standard();

  private static Fonts fonts;

  private ChartFixture() {}

  /** The bundled fonts registered with AWT, once per test run, so text metrics are the product's. */
  static synchronized void fonts() {
    if (fonts == null) {
      fonts = Fonts.load();
    }
  }

  static CompanyData load(Path dir) {
    Diagnostics d = new Diagnostics();
    CompanyData data = new DatasetLoader(d).load(dir).companies().get(0);
    assertThat(d.sorted()).isEmpty();
    return data;
  }

  static BriefMetrics metrics(CompanyData data, String period) {
    return MetricsDeriver.derive(data, quarter(data, period));
  }

  static Quarter quarter(CompanyData data, String period) {
    Quarter q = data.quarter(FiscalQuarter.parse(period));
    assertThat(q).as(period).isNotNull();
    return q;
  }

  static List<ChartSpec> brief(CompanyData data, String period) {
    return ChartPlanner.forBrief(data, metrics(data, period), Style.defaults());
  }

  static ChartSpec chart(List<ChartSpec> charts, String id) {
    return charts.stream().filter(c -> c.id().equals(id)).findFirst()
        .orElseThrow(() -> new AssertionError("no chart " + id + " in " + charts.stream().map(ChartSpec::id).toList()));
  }
}
