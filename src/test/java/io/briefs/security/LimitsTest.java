package io.briefs.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.briefs.TestData;
import io.briefs.cli.Run;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Limits bound the work of a build, not just the size of a file: 10,000 segments in files under
 * 1 MiB are refused at once, naming the limit, where they took a build past ten minutes (issue 18,
 * case 7). Each limit is checked at its edge.
 */
class LimitsTest {
  private static final String HEADER = "period_end: 2025-03-31\nreported: 2025-04-24\nunits: millions\n";

  @TempDir Path dir;

  private static String times(int n, IntFunction<String> item) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < n; i++) {
      out.append(item.apply(i));
    }
    return out.toString();
  }

  private static String company(int segments, int linesEach, int kpis) {
    return "id: acme\nname: Acme Corporation\ncurrency: USD\nfiscal_year_end: december\nsegments:\n"
        + times(segments, i -> "  - id: s" + i + "\n    name: Segment " + i + "\n"
            + (linesEach == 0 ? "" : "    lines:\n" + times(linesEach, l -> "      - { id: l" + l + ", name: Line " + l + " }\n")))
        + (kpis == 0 ? "" : "kpis:\n" + times(kpis, k -> "  - { id: k" + k + ", name: Metric " + k
            + ", kind: flow, unit: money }\n"));
  }

  @Test
  void tenThousandSegmentsAreRefusedAtOnce() throws IOException {
    TestData data = TestData.in(dir).file("acme/company.yaml", company(10_000, 0, 0)).quarter("FY2025-Q1",
        HEADER + "results: { revenue: 200000 }\nsegments:\n" + times(10_000, i -> "  s" + i + ": { revenue: 10 }\n"));
    assertThat(Files.size(data.root().resolve("acme/company.yaml"))).isLessThan(1 << 20);
    assertThat(Files.size(data.root().resolve("acme/fy2025-q1.yaml"))).isLessThan(1 << 20);
    long t0 = System.nanoTime();
    Run validate = Run.of("validate", "--data", data.root().toString());
    Path site = dir.resolve("site");
    Run build = Run.of("build", "--data", data.root().toString(), "--out", site.toString());
    long seconds = (System.nanoTime() - t0) / 1_000_000_000L;
    for (Run run : new Run[] {validate, build}) {
      assertThat(run.code()).isEqualTo(1);
      assertThat(run.err()).contains(data.root().resolve("acme/company.yaml") + ":6:3: error: 10000 segments; the"
          + " limit is 100 segments for a company (limits keep the work of a build bounded), so none of them were read");
    }
    assertThat(site).doesNotExist();
    assertThat(seconds).as("validate and build of 10,000 segments").isLessThan(60);
  }

  @Test
  void aHundredSegmentsWithTwoLinesEachAndAHundredKpisAreFine() {
    TestData data = TestData.in(dir).file("acme/company.yaml", company(100, 2, 100))
        .quarter("FY2025-Q1", HEADER + "results: { revenue: 100 }\n");
    Run run = Run.of("validate", "--data", data.root().toString());
    assertThat(run.code()).as(run.err()).isZero();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "101 | 0 | 0 | 101 segments; the limit is 100 segments for a company",
      "1 | 51 | 0 | 51 lines; the limit is 50 lines for a segment",
      "5 | 41 | 0 | 205 lines; the limit is 200 lines for a company (in all its segments)",
      "1 | 0 | 101 | 101 KPIs; the limit is 100 KPIs for a company"})
  void companyLimits(int segments, int linesEach, int kpis, String message) {
    TestData data = TestData.in(dir).file("acme/company.yaml", company(segments, linesEach, kpis))
        .quarter("FY2025-Q1", HEADER + "results: { revenue: 100 }\n");
    Run run = Run.of("validate", "--data", data.root().toString());
    assertThat(run.code()).isEqualTo(1);
    assertThat(run.err()).contains("company.yaml:", ": error: " + message);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "guidance | 21 | '  - { period: FY2026, revenue: { mid: 400 } }\n' | 21 guidance entries; the limit is 20",
      "comparatives | 21 | '  FY20%02d-Q1: { results: { revenue: 90 } }\n' | 21 comparative periods; the limit is 20",
      "analysts | 101 | '  - { firm: Firm %d, action: reiterate }\n' | 101 analyst actions; the limit is 100",
      "holders | 201 | '  - { holder: Holder %d, change_shares: 10 }\n' | 201 holders; the limit is 200",
      "quotes | 51 | '  - { speaker: Person %d, text: Words. }\n' | 51 quotes; the limit is 50",
      "risks | 51 | '  - Risk %d.\n' | 51 risks; the limit is 50",
      "sources | 51 | '  - { title: Source %d, url: \"https://example.com/\" }\n' | 51 sources; the limit is 50"})
  void quarterFileLimits(String key, int count, String item, String message) {
    String body = HEADER + "results: { revenue: 100 }\n" + key + ":\n"
        + times(count, i -> item.replace("\\n", "\n").formatted(i));
    TestData data = TestData.in(dir).quarter("FY2025-Q1", body);
    Run run = Run.of("validate", "--data", data.root().toString());
    assertThat(run.code()).isEqualTo(1);
    assertThat(run.err()).contains("fy2025-q1.yaml:8:3: error: " + message);
  }

  @Test
  void unknownKeysBeyondTwentyAreCounted() {
    TestData data = TestData.in(dir).quarter("FY2025-Q1", HEADER + "results:\n  revenue: 100\n"
        + times(25, i -> "  junk" + i + ": 1\n"));
    Run run = Run.of("validate", "--data", data.root().toString());
    assertThat(run.code()).isEqualTo(1);
    assertThat(run.err().lines().filter(l -> l.contains("unknown key `junk"))).hasSize(20);
    assertThat(run.err()).contains("fy2025-q1.yaml:28:3: error: 5 more unknown keys in results, from here on, are not"
        + " listed one by one");
  }
}
