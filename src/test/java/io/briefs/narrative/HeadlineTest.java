package io.briefs.narrative;

import static org.assertj.core.api.Assertions.assertThat;

import io.briefs.TestData;
import io.briefs.diag.Diagnostics;
import io.briefs.load.DatasetLoader;
import io.briefs.metrics.MetricsDeriver;
import io.briefs.model.CompanyData;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The headline picks the most newsworthy facts, as the style weighs them. */
class HeadlineTest {
  @TempDir Path dir;

  private Brief brief(TestData data) {
    CompanyData c = new DatasetLoader(new Diagnostics()).load(data.root()).companies().get(0);
    return new BriefWriter(Style.defaults()).write(MetricsDeriver.derive(c, c.quarters().get(c.quarters().size() - 1)),
        new Diagnostics());
  }

  private static String q(String period, String end, String reported, String body) {
    return "period_end: " + end + "\nreported: " + reported + "\nunits: millions\n" + body;
  }

  @Test
  void aRecordBacklogBeatsAFivePercentRevenueRise() {
    TestData data = TestData.in(dir);
    String[][] quarters = {
        {"FY2023-Q1", "2023-03-31", "2023-04-25", "100", "50"}, {"FY2023-Q2", "2023-06-30", "2023-07-25", "100", "55"},
        {"FY2023-Q3", "2023-09-30", "2023-10-25", "100", "60"}, {"FY2023-Q4", "2023-12-31", "2024-01-25", "100", "58"},
        {"FY2024-Q1", "2024-03-31", "2024-04-25", "101", "62"}, {"FY2024-Q2", "2024-06-30", "2024-07-25", "102", "61"},
        {"FY2024-Q3", "2024-09-30", "2024-10-25", "103", "64"}, {"FY2024-Q4", "2024-12-31", "2025-01-25", "105", "90"}};
    for (String[] row : quarters) {
      data.quarter(row[0], q(row[0], row[1], row[2], "results: { revenue: " + row[3] + " }\nkpis: { backlog: " + row[4] + " }\n"));
    }
    Brief b = brief(data);
    assertThat(b.headline().text()).isEqualTo("Acme's backlog jumps 41% in a quarter to $90 million");
    // the lede tells the headline's news, sequential as labelled; the data starts in Q1 FY2023 and
    // may not hold every quarter there was, so the high is not called anything
    assertThat(b.lede().text()).isEqualTo("Acme's Q4 FY2024 revenue rose 5% from a year earlier to $105 million."
        + " The backlog jumped 41% from the previous quarter to $90 million.");
    // declared complete from its first quarter, the data makes it a record
    data.file("acme/company.yaml", TestData.COMPANY + "complete_from: FY2023-Q1\n");
    assertThat(brief(data).lede().text()).endsWith("The backlog jumped 41% from the previous quarter to a record"
        + " $90 million.");
  }

  @Test
  void aFlatQuarterStillGetsAHeadline() {
    TestData data = TestData.in(dir)
        .quarter("FY2024-Q1", q("FY2024-Q1", "2024-03-31", "2024-04-25", "results: { revenue: 100 }\n"))
        .quarter("FY2025-Q1", q("FY2025-Q1", "2025-03-31", "2025-04-25", "results: { revenue: 100.3 }\n"));
    assertThat(brief(data).headline().text()).isEqualTo("Acme's revenue holds steady at $100 million");
  }
}
