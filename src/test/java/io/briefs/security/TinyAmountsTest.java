package io.briefs.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.briefs.TestData;
import io.briefs.cli.Run;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Money that is not zero but under one unit of the currency, which a brief can only show as "$0",
 * is refused where it is written: 0.000000001 to 0.000000002 million no longer gives "revenue
 * surges 100% to $0" (issue 18, case 6).
 */
class TinyAmountsTest {
  @TempDir Path dir;

  private TestData quarters(String units, String q1, String q2) {
    return TestData.in(dir)
        .quarter("FY2025-Q1", "period_end: 2025-03-31\nreported: 2025-04-24\nunits: " + units + "\n" + q1)
        .quarter("FY2026-Q1", "period_end: 2026-03-31\nreported: 2026-04-24\nunits: " + units + "\n" + q2);
  }

  @Test
  void theRedTeamsValuesAreRefusedWhereWritten() {
    TestData data = quarters("millions", "results: { revenue: 0.000000001 }\nkpis: { orders: 0.000000001 }\n",
        "results: { revenue: 0.000000002, operating_income: 0.000000001 }\n");
    Run validate = Run.of("validate", "--data", data.root().toString());
    assertThat(validate.code()).isEqualTo(1);
    String q1 = data.root().resolve("acme/fy2025-q1.yaml").toString();
    assertThat(validate.err()).contains(
        q1 + ":6:21: error: revenue is 0.001 USD, not zero but smaller than 1 USD: a brief would show it as 0;"
            + " check the figure and the file's `units`",
        q1 + ":7:17: error: Orders is 0.001 USD",
        "fy2026-q1.yaml:6:52: error: operating income is 0.001 USD", "briefs: 4 errors");
    Path site = dir.resolve("site");
    Run build = Run.of("build", "--data", data.root().toString(), "--out", site.toString());
    assertThat(build.code()).isEqualTo(1);
    assertThat(build.err()).doesNotContain("consistency", "internal error");
    assertThat(site).doesNotExist();
  }

  @Test
  void estimatesAndOutlooksToo() {
    TestData data = quarters("units", "results: { revenue: 100 }\n",
        "results: { revenue: 200 }\nconsensus: { revenue: 0.5 }\n"
            + "guidance: [{ period: FY2026-Q2, revenue: { mid: 300, plus_minus: 0.25 } },"
            + " { period: FY2026, kpis: { orders: { low: -0.2 } } }]\n");
    Run run = Run.of("validate", "--data", data.root().toString());
    assertThat(run.code()).isEqualTo(1);
    assertThat(run.err()).contains("the revenue estimate is 0.5 USD",
        "the plus_minus of guided revenue is 0.25 USD", "the low of guided Orders is -0.2 USD");
  }

  /** From one unit up, money shows what it is: a build of one dollar to two says so. */
  @Test
  void aDollarIsShownAsADollar() throws Exception {
    TestData data = quarters("units", "results: { revenue: 1 }\n", "results: { revenue: 2 }\n");
    Path site = dir.resolve("site");
    Run build = Run.of("build", "--data", data.root().toString(), "--out", site.toString());
    assertThat(build.code()).as(build.err()).isZero();
    assertThat(Files.readString(site.resolve("acme/fy2026-q1/index.html"))).contains("revenue surged 100% from a year earlier to $2.");
  }
}
