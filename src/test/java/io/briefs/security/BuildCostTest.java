package io.briefs.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.briefs.TestData;
import io.briefs.chart.ChartKind;
import io.briefs.chart.ChartSpec;
import io.briefs.chart.ChartTable;
import io.briefs.chart.PointLabel;
import io.briefs.chart.Series;
import io.briefs.cli.Run;
import io.briefs.metrics.Fact;
import io.briefs.metrics.FactUnit;
import io.briefs.model.SourceLoc;
import io.briefs.narrative.Numbers;
import io.briefs.narrative.Prose;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The cost of a build grows in proportion to its input: ten times the segments make at most about
 * ten times the work (issue 18, case 7, where 1,000 segments took 11 s and 660 MB and 10,000 ran
 * past 600 s). Work is compared by what does not depend on the machine's load (the facts, inputs
 * and bytes a build writes), and time only with generous margins, by the fastest of several runs.
 */
class BuildCostTest {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  @TempDir Path dir;

  /** A company with {@code n} segments, each with revenue and operating income, in one quarter. */
  private Path data(int n) {
    StringBuilder company = new StringBuilder("id: acme\nname: Acme Corporation\nshort_name: Acme\ncurrency: USD\n"
        + "fiscal_year_end: december\nsegments:\n");
    StringBuilder quarter = new StringBuilder("period_end: 2025-03-31\nreported: 2025-04-24\nunits: millions\n"
        + "results: { revenue: " + (n * 20 + 100) + ", operating_income: " + n * 2 + " }\nsegments:\n");
    for (int i = 0; i < n; i++) {
      company.append("  - { id: s").append(i).append(", name: Segment ").append(i).append(" }\n");
      quarter.append("  s").append(i).append(": { revenue: ").append(10 + i % 5).append(", operating_income: ")
          .append(1 + i % 3).append(" }\n");
    }
    Path root = dir.resolve("data-" + n);
    TestData.in(root).file("acme/company.yaml", company.toString()).quarter("FY2025-Q1", quarter.toString());
    return root.resolve("data");
  }

  private record Built(long nanos, long factInputs, long ledgerBytes, long pageBytes, long pdfBytes) {}

  private Built build(Path data, int run) throws IOException {
    Path out = dir.resolve("site-" + data.getParent().getFileName() + "-" + run);
    long t0 = System.nanoTime();
    Run build = Run.of("build", "--data", data.toString(), "--out", out.toString(), "--jobs", "1", "--quiet");
    long nanos = System.nanoTime() - t0;
    assertThat(build.code()).as(build.err()).isZero();
    Path brief = out.resolve("acme/fy2025-q1");
    JsonNode ledger = JSON.readTree(brief.resolve("data.json").toFile());
    long inputs = 0;
    for (JsonNode fact : ledger.get("facts")) {
      inputs += fact.get("inputs").size();
    }
    return new Built(nanos, inputs, Files.size(brief.resolve("data.json")) + Files.size(brief.resolve("figures.csv")),
        Files.size(brief.resolve("index.html")), Files.size(brief.resolve("acme-fy2025-q1.pdf")));
  }

  @Test
  void tenTimesTheSegmentsIsAtMostTenTimesTheWork() throws IOException {
    Path small = data(10);
    Path large = data(100);
    build(small, 0); // the first build of a JVM warms it up
    Built a = null;
    Built b = null;
    for (int run = 1; run <= 3; run++) { // alternating, the fastest of each: load on the machine comes and goes
      Built x = build(small, run);
      Built y = build(large, run);
      a = a == null || x.nanos() < a.nanos() ? x : a;
      b = b == null || y.nanos() < b.nanos() ? y : b;
    }
    assertThat((double) b.factInputs() / a.factInputs()).as("ledger inputs").isLessThanOrEqualTo(10.5);
    assertThat((double) b.ledgerBytes() / a.ledgerBytes()).as("ledger bytes").isLessThanOrEqualTo(10.5);
    assertThat((double) b.pageBytes() / a.pageBytes()).as("page bytes").isLessThanOrEqualTo(10.5);
    assertThat((double) b.pdfBytes() / a.pdfBytes()).as("PDF bytes").isLessThanOrEqualTo(10.5);
    assertThat((double) b.nanos() / a.nanos()).as("build time, %d ms against %d ms", b.nanos() / 1_000_000,
        a.nanos() / 1_000_000).isLessThanOrEqualTo(10);
  }

  /**
   * A chart's table looked up every label and formatted every value of the chart for each cell:
   * with a series per segment its cost grew with the cube of the segments. Timed far beyond the
   * file limits, ten tables of 100 series against one of 1,000 (the same work if the cost is
   * linear; ten times more if it is quadratic), the fastest of several rounds.
   */
  @Test
  void aChartTableCostsInProportionToItsPoints() {
    Numbers numbers = new Numbers("USD");
    ChartSpec hundred = chart(100);
    ChartSpec thousand = chart(1000);
    assertThat(ChartTable.of(thousand, numbers).rows().get(7)).hasSize(1 + 2 * 1000);
    long small = Long.MAX_VALUE;
    long large = Long.MAX_VALUE;
    for (int round = 0; round < 9; round++) {
      long t0 = System.nanoTime();
      for (int i = 0; i < 10; i++) {
        ChartTable.of(hundred, numbers);
      }
      long t1 = System.nanoTime();
      ChartTable.of(thousand, numbers);
      long t2 = System.nanoTime();
      small = Math.min(small, t1 - t0);
      large = Math.min(large, t2 - t1);
    }
    assertThat((double) large / small).as("one table of 1,000 series took %d µs, ten of 100 took %d µs",
        large / 1000, small / 1000).isLessThanOrEqualTo(5);
  }

  /** A revenue-by-segment chart of {@code n} segments over eight quarters, each bar labelled with its share. */
  private static ChartSpec chart(int n) {
    List<String> quarters = List.of("Q1 FY24", "Q2 FY24", "Q3 FY24", "Q4 FY24", "Q1 FY25", "Q2 FY25", "Q3 FY25",
        "Q4 FY25");
    SourceLoc at = new SourceLoc("acme/fy2025-q4.yaml", 1, 1);
    List<Series> series = new ArrayList<>();
    List<PointLabel> labels = new ArrayList<>();
    for (int s = 0; s < n; s++) {
      List<Fact> points = new ArrayList<>();
      for (int c = 0; c < quarters.size(); c++) {
        points.add(new Fact("s" + s + "." + c, BigDecimal.valueOf(1_000_000L * (10 + s % 7 + c)), FactUnit.MONEY,
            "as reported", List.of(at)));
        labels.add(new PointLabel(s, c, new Fact("s" + s + ".share." + c, BigDecimal.valueOf(100.0 / n),
            FactUnit.PERCENT, "share", List.of(at)), PointLabel.Role.SHARE));
      }
      series.add(new Series("Segment " + s, points));
    }
    return new ChartSpec("segments", ChartKind.STACKED_BAR, "Revenue by segment", new Prose(List.of(new Prose.Text("A chart."))), quarters,
        series, FactUnit.MONEY, labels, List.of());
  }
}
