package io.briefs.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.briefs.TestData;
import io.briefs.diag.Diagnostics;
import io.briefs.load.DatasetLoader;
import io.briefs.model.CompanyData;
import io.briefs.model.FigurePath;
import io.briefs.model.FiscalQuarter;
import io.briefs.model.GuidanceStatus;
import io.briefs.model.Metric;
import java.math.BigDecimal;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Extremes, streaks, the order book, surprises and every guidance status. */
class HistoryTest {
  @TempDir Path dir;

  private static String quarter(int year, int q, String body) {
    String end = switch (q) {
      case 1 -> year + "-03-31";
      case 2 -> year + "-06-30";
      case 3 -> year + "-09-30";
      default -> year + "-12-31";
    };
    String reported = switch (q) {
      case 1 -> year + "-04-25";
      case 2 -> year + "-07-25";
      case 3 -> year + "-10-25";
      default -> (year + 1) + "-01-25";
    };
    return "period_end: " + end + "\nreported: " + reported + "\nunits: millions\n" + body;
  }

  /** Revenue by quarter from FY2023-Q1; the last value is the brief's. */
  private CompanyData revenues(int... values) {
    TestData data = TestData.in(dir);
    FiscalQuarter q = new FiscalQuarter(2023, 1);
    for (int v : values) {
      data.quarter(q.label(), quarter(q.year(), q.quarter(), "results: { revenue: " + v + " }\n"));
      q = q.next();
    }
    return load(data);
  }

  private static CompanyData load(TestData data) {
    Diagnostics d = new Diagnostics();
    CompanyData c = new DatasetLoader(d).load(data.root()).companies().get(0);
    assertThat(d.sorted()).isEmpty();
    return c;
  }

  private static BriefMetrics last(CompanyData c) {
    return MetricsDeriver.derive(c, c.quarters().get(c.quarters().size() - 1));
  }

  private static final FigurePath REVENUE = new FigurePath.Result(Metric.REVENUE);

  @Test
  void highestSinceAnEarlierQuarter() {
    Extreme r = last(revenues(120, 100, 101, 102, 103, 104, 110)).record(REVENUE);
    assertThat(r.kind()).isEqualTo(Extreme.Side.HIGHEST);
    assertThat(r.since()).isEqualTo(new FiscalQuarter(2023, 1));
    assertThat(r.quarters()).isEqualTo(7);
  }

  @Test
  void highestOfEveryQuarterCoveredWithTheRoundLevelCrossed() {
    Extreme r = last(revenues(800, 850, 900, 950, 1020)).record(REVENUE);
    assertThat(r.since()).isNull();
    assertThat(r.quarters()).isEqualTo(5);
    assertThat(r.threshold()).isEqualByComparingTo("1000000000");
  }

  @Test
  void aGapInTheHistoryLimitsTheClaim() {
    TestData data = TestData.in(dir);
    data.quarter("FY2023-Q1", quarter(2023, 1, "results: { revenue: 500 }\n"));
    data.quarter("FY2023-Q3", quarter(2023, 3, "results: { revenue: 400 }\n"));
    data.quarter("FY2023-Q4", quarter(2023, 4, "results: { revenue: 410 }\n"));
    data.quarter("FY2024-Q1", quarter(2024, 1, "results: { revenue: 420 }\n"));
    // FY2023-Q2 is missing, so the higher FY2023-Q1 cannot be reached: three quarters is no record
    assertThat(last(load(data)).record(REVENUE)).isNull();
  }

  @Test
  void boundedAndOpenStreaks() {
    // yoy: FY2024-Q1..Q4 vs FY2023: +, +, +, + ; FY2025-Q1 + ; FY2023 has no year-earlier data
    BriefMetrics open = last(revenues(100, 100, 100, 100, 110, 110, 110, 110, 120));
    Streak s = open.streak(REVENUE);
    assertThat(s.length()).isEqualTo(5);
    assertThat(s.bounded()).isFalse();
    BriefMetrics bounded = last(revenues(100, 100, 100, 100, 90, 110, 110, 110, 100, 120, 120, 120));
    Streak b = bounded.streak(REVENUE);
    assertThat(b.length()).isEqualTo(7); // FY2024-Q1 fell year over year and ends the run
    assertThat(b.bounded()).isTrue();
    assertThat(b.growth()).isTrue();
  }

  @Test
  void bookToBillAndBacklogCoverage() {
    TestData data = TestData.in(dir).file("acme/company.yaml", TestData.COMPANY.replace(
        "- { id: orders, name: Orders, kind: flow, unit: money }",
        "- { id: orders, name: Orders, kind: flow, unit: money }\n  - { id: shipments, name: Shipments, kind: flow, unit: money }"));
    data.quarter("FY2024-Q1", quarter(2024, 1, "results: { revenue: 5 }\nkpis: { orders: 300, shipments: 120, backlog: 600 }\n"));
    OrderBook o = last(load(data)).orderBooks().get(0);
    assertThat(o.bookToBill().value()).isEqualByComparingTo("2.5");
    assertThat(o.coverage().value()).isEqualByComparingTo("5");
  }

  @Test
  void surprisesAgainstConsensus() {
    TestData data = TestData.in(dir);
    data.quarter("FY2024-Q1", quarter(2024, 1, "results: { revenue: 102, eps: 0.95 }\nconsensus: { revenue: 100, eps: 1.00 }\n"));
    BriefMetrics m = last(load(data));
    assertThat(m.surprises()).extracting(s -> s.surprisePct().value().stripTrailingZeros())
        .containsExactly(new BigDecimal("2"), new BigDecimal("-5"));
  }

  @Test
  void everyGuidanceStatus() {
    TestData data = TestData.in(dir);
    data.quarter("FY2024-Q1", quarter(2024, 1, """
        results: { revenue: 5 }
        guidance:
          - period: FY2024
            revenue: { low: 100, high: 110 }
            eps: { mid: 2.00 }
            net_income: { low: 10, high: 20 }
            operating_income: { low: 30, high: 40 }
            gross_profit: { low: 50, high: 60 }
          - period: FY2025
            revenue: { low: 1, high: 2 }
        """));
    data.quarter("FY2024-Q2", quarter(2024, 2, """
        results: { revenue: 5 }
        guidance:
          - period: FY2024
            revenue: { low: 100, high: 110 }
            eps: { mid: 2.10 }
            net_income: { low: 8, high: 18 }
            operating_income: { low: 32, high: 38 }
            gross_profit: { low: 45, high: 65 }
            operating_cash_flow: { low: 1 }
          - period: FY2025
            status: withdrawn
        """));
    BriefMetrics m = last(load(data));
    assertThat(status(m, Metric.REVENUE, "FY2024")).isEqualTo(GuidanceStatus.REAFFIRMED);
    assertThat(status(m, Metric.EPS, "FY2024")).isEqualTo(GuidanceStatus.RAISED);
    assertThat(status(m, Metric.NET_INCOME, "FY2024")).isEqualTo(GuidanceStatus.LOWERED);
    assertThat(status(m, Metric.OPERATING_INCOME, "FY2024")).isEqualTo(GuidanceStatus.NARROWED);
    assertThat(status(m, Metric.GROSS_PROFIT, "FY2024")).isEqualTo(GuidanceStatus.WIDENED);
    assertThat(status(m, Metric.OPERATING_CASH_FLOW, "FY2024")).isEqualTo(GuidanceStatus.INITIATED);
    GuidedFigure withdrawn = m.guidance().stream().filter(g -> g.period().label().equals("FY2025")).findFirst().orElseThrow();
    assertThat(withdrawn.status()).isEqualTo(GuidanceStatus.WITHDRAWN);
    assertThat(withdrawn.current()).isNull();
    assertThat(withdrawn.previous().low().value()).isEqualByComparingTo("1000000");
  }

  @Test
  void aFigureLeftOutOfGuidanceIsNeverCalledWithdrawn() {
    TestData data = TestData.in(dir);
    data.quarter("FY2024-Q1", quarter(2024, 1,
        "results: { revenue: 5 }\nguidance:\n  - period: FY2024\n    revenue: { low: 1, high: 2 }\n    eps: { mid: 1 }\n"));
    data.quarter("FY2024-Q2", quarter(2024, 2,
        "results: { revenue: 5 }\nguidance:\n  - period: FY2024\n    revenue: { low: 1, high: 2 }\n"));
    assertThat(last(load(data)).guidance()).extracting(GuidedFigure::status).containsExactly(GuidanceStatus.REAFFIRMED);
  }

  @Test
  void roundLevels() {
    assertThat(Extremes.crossed(new BigDecimal("4.5E9"), new BigDecimal("14.4E9"))).isEqualByComparingTo("1E10");
    assertThat(Extremes.crossed(new BigDecimal("18.4E9"), new BigDecimal("43E9"))).isEqualByComparingTo("2E10");
    assertThat(Extremes.crossed(new BigDecimal("11E9"), new BigDecimal("14.4E9"))).isNull();
  }

  private static GuidanceStatus status(BriefMetrics m, Metric metric, String period) {
    return m.guidance().stream()
        .filter(g -> g.period().label().equals(period) && g.path().equals(new FigurePath.Result(metric)))
        .findFirst().orElseThrow().status();
  }
}
