package io.briefs.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.briefs.TestData;
import io.briefs.cli.Run;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A negative money or count KPI is an error unless the KPI says it may be negative: orders of
 * -500 no longer become the headline "orders plunge to -$500 million" (issue 18, case 5).
 */
class NegativeKpiTest {
  private static final String HEADER = "period_end: 2025-06-30\nreported: 2025-07-24\nunits: millions\n"
      + "results: { revenue: 100 }\n";

  @TempDir Path dir;

  private Run validate(String company, String quarter) {
    TestData data = TestData.in(dir).file("acme/company.yaml", company).quarter("FY2025-Q2", HEADER + quarter);
    return Run.of("validate", "--data", data.root().toString());
  }

  @Test
  void negativeMoneyAndCountKpisAreErrors() {
    Run run = validate(TestData.COMPANY, "kpis: { orders: -500, backlog: 10, customers: -3 }\n"
        + "comparatives: { FY2025-Q1: { kpis: { backlog: -1 } } }\n"
        + "guidance: [{ period: FY2025-Q3, kpis: { orders: { low: -20, high: 40 } } }]\n");
    assertThat(run.code()).isEqualTo(1);
    String file = dir.resolve("data/acme/fy2025-q2.yaml").toString();
    assertThat(run.err()).contains(
        file + ":7:17: error: Orders cannot be negative, found -500 million; a KPI that can fall below zero (net new"
            + " customers, a net cash position) says so with `may_be_negative: true` in company.yaml",
        file + ":7:47: error: Customers cannot be negative, found -3",
        file + ":8:47: error: Backlog cannot be negative, found -1 million",
        "error: the guided low of Orders cannot be negative, found -20 million");
    assertThat(run.err()).contains("briefs: 4 errors");
  }

  @Test
  void aKpiThatMayBeNegativeSaysSo() {
    String company = TestData.COMPANY.replace("{ id: customers, name: Customers, kind: stock, unit: count }",
        "{ id: customers, name: Net new customers, kind: flow, unit: count, may_be_negative: true }")
        + "  - { id: margin, name: Adjusted margin, kind: flow, unit: percent }\n";
    Run run = validate(company, "kpis: { orders: 500, customers: -3, margin: -2.5 }\n");
    assertThat(run.code()).as(run.err()).isZero();
  }

  @Test
  void mayBeNegativeIsTrueOrFalse() {
    String company = TestData.COMPANY.replace("kind: flow, unit: money }", "kind: flow, unit: money, may_be_negative: yes }");
    Run run = validate(company, "");
    assertThat(run.code()).isEqualTo(1);
    assertThat(run.err()).contains("expected may_be_negative (true or false), found");
  }
}
