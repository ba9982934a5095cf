package io.briefs.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.briefs.chart.ChartPlanner;
import io.briefs.chart.ChartSpec;
import io.briefs.cli.Run;
import io.briefs.diag.Diagnostics;
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
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The benchmark's data generator (bench/GenerateData.java, run as the benchmark runs it) keeps
 * writing data that loads without a problem, the same bytes for the same seed, and briefs that pass
 * the consistency gate with the four charts the benchmark counts on.
 */
class GenerateDataTest {
  @TempDir Path dir;

  private static void generate(Path out, String seed) throws IOException, InterruptedException {
    Path javaBin = Path.of(System.getProperty("java.home"), "bin", "java");
    Process p = new ProcessBuilder(javaBin.toString(), "bench/GenerateData.java", "--companies", "2", "--quarters",
        "5", "--seed", seed, "--out", out.toString()).redirectErrorStream(true).start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(output).isZero();
  }

  private static List<String> files(Path root) throws IOException {
    try (Stream<Path> s = Files.walk(root)) {
      return s.filter(Files::isRegularFile).map(f -> root.relativize(f).toString()).sorted().toList();
    }
  }

  @Test
  void sameSeedGivesSameBytesAndTheDataValidatesWithoutAnyProblem() throws Exception {
    Path a = dir.resolve("a");
    Path b = dir.resolve("b");
    generate(a, "7");
    generate(b, "7");
    assertThat(files(a)).hasSize(2 * 6).isEqualTo(files(b));
    for (String f : files(a)) {
      assertThat(Files.readString(a.resolve(f))).as(f).isEqualTo(Files.readString(b.resolve(f)));
    }
    Run run = Run.of("validate", "--data", a.toString(), "--notes");
    assertThat(run.err()).isEmpty();
    assertThat(run.code()).isZero();
    assertThat(run.out()).contains("ok: 2 companies, 10 quarters");
  }

  @Test
  void everyBriefPassesTheGateWithItsCharts() throws Exception {
    generate(dir, "3");
    Diagnostics d = new Diagnostics();
    Corpus corpus = new DatasetLoader(d).load(dir);
    Style style = new StyleReader(d).read(Path.of("templates/style.yaml"));
    List<String> seen = new ArrayList<>();
    for (CompanyData company : corpus.companies()) {
      Numbers numbers = new Numbers(company.company().currency());
      for (Quarter q : company.quarters()) {
        BriefMetrics m = MetricsDeriver.derive(company, q);
        Brief brief = new BriefWriter(style).write(m, d);
        List<ChartSpec> charts = ChartPlanner.forBrief(company, m, style);
        // a file states one year-earlier quarter: the first brief has two figures of each, too few
        // for a chart; the second has three of its results (KPIs are not compared); then all four
        int i = company.quarters().indexOf(q);
        List<String> expected = i == 0 ? List.of() : i == 1 ? List.of("revenue", "revenue-by-segment", "operating-margin")
            : List.of("revenue", "revenue-by-segment", "operating-margin", "kpis");
        assertThat(charts).extracting(ChartSpec::id).as(q.period().label()).containsExactlyElementsOf(expected);
        assertThat(new ConsistencyGate(numbers).check(brief, charts)).isEmpty();
        seen.add(q.period().label());
      }
    }
    assertThat(d.sorted()).isEmpty();
    assertThat(seen).hasSize(10);
  }
}
