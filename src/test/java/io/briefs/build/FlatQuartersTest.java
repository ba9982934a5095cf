package io.briefs.build;

import static org.assertj.core.api.Assertions.assertThat;

import io.briefs.TestData;
import io.briefs.cli.Run;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Quarters that barely move build: revenue 0.1% apart reads the same at the brief's precision,
 * and the chart finding that says so passes the consistency gate (it used to stop the site).
 */
class FlatQuartersTest {
  @TempDir Path dir;

  private static String quarter(String end, String reported, String revenue, String income) {
    return "period_end: " + end + "\nreported: " + reported + "\nunits: millions\nresults:\n  revenue: " + revenue
        + "\n  operating_income: " + income + "\nsegments:\n  cloud: { revenue: 6000, operating_income: 600 }\n"
        + "  devices: { revenue: 4000, operating_income: 200 }\nkpis:\n  customers: 1200\n";
  }

  @Test
  void quartersAPointOnePercentApartBuildAndReadAsLittleChanged() throws IOException {
    TestData d = TestData.in(dir)
        .quarter("FY2024-Q1", quarter("2024-03-31", "2024-04-25", "10922", "1000"))
        .quarter("FY2024-Q2", quarter("2024-06-30", "2024-07-25", "10900", "1000.4"))
        .quarter("FY2024-Q3", quarter("2024-09-30", "2024-10-24", "10910.9", "999.6"))
        .quarter("FY2024-Q4", quarter("2024-12-31", "2025-01-30", "10921.8", "1000"));
    Path site = dir.resolve("site");
    Run run = Run.of("build", "--data", d.root().toString(), "--out", site.toString(), "--quiet");
    assertThat(run.err()).doesNotContain("error");
    assertThat(run.code()).isZero();
    String page = Files.readString(site.resolve("acme/fy2024-q4/index.html"));
    assertThat(page).contains("little changed from $10.9 billion");
    assertThat(page).doesNotContain("rose to $10.9 billion").doesNotContain("fell to $10.9 billion");
  }
}
