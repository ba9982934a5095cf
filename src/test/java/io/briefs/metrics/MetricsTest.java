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
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MetricsTest {
  @TempDir Path dir;

  private static String header(String end, String reported) {
    return "period_end: " + end + "\nreported: " + reported + "\nunits: millions\n";
  }

  private BriefMetrics derive(TestData data, String period) {
    Diagnostics d = new Diagnostics();
    CompanyData company = new DatasetLoader(d).load(data.root()).companies().get(0);
    assertThat(d.sorted()).isEmpty();
    return MetricsDeriver.derive(company, company.quarter(FiscalQuarter.parse(period)));
  }

  private TestData twoYears() {
    return TestData.in(dir)
        .quarter("FY2024-Q4", header("2024-12-31", "2025-01-30") + """
            results: { revenue: 900, operating_income: 90 }
            kpis: { backlog: 400 }
            guidance:
              - period: FY2025
                revenue: { low: 3900, high: 4100 }
                eps: { mid: 9.30, plus_minus: 0.25 }
                operating_income: { low: 400, high: 440 }
                net_income: { low: 300, high: 340 }
            """)
        .quarter("FY2025-Q1", header("2025-03-31", "2025-04-24") + """
            results: { revenue: 1000, operating_income: 120 }
            segments:
              cloud: { revenue: 600, operating_income: 90, lines: { compute: { value: 350, change_pct: 16 } } }
              devices: { revenue: 400, operating_income: 30 }
            kpis: { backlog: 500, orders: 300 }
            comparatives:
              FY2024-Q1:
                results: { revenue: 800, operating_income: 100 }
                segments: { cloud: { revenue: 450, operating_income: 60 }, devices: { revenue: 350, operating_income: 40 } }
            guidance:
              - period: FY2025-Q2
                revenue: { low: 1050, high: 1150 }
              - period: FY2025
                revenue: { low: 3900, high: 4100 }
                eps: { mid: 9.40 }
                operating_income: { low: 410, high: 430 }
                net_income: { low: 310, high: 350 }
            """);
  }

  @Test
  void yearOverYearFromComparativesAndQuarterOverQuarterAcrossTheYearBoundary() {
    BriefMetrics m = derive(twoYears(), "FY2025-Q1");
    Measure revenue = m.result(Metric.REVENUE);
    assertThat(revenue.yoy().pct().value()).isEqualByComparingTo("25");
    assertThat(revenue.yoy().prior().value()).isEqualByComparingTo("800000000");
    // FY2025-Q1's previous quarter is FY2024-Q4
    assertThat(revenue.qoq().pct().value()).isEqualByComparingTo("11.11111111111111");
    assertThat(revenue.qoq().pct().inputs()).extracting(l -> l.file()).anyMatch(f -> f.endsWith("fy2024-q4.yaml"));
  }

  @Test
  void missingPriorYearGivesNoChange() {
    BriefMetrics m = derive(twoYears(), "FY2024-Q4");
    assertThat(m.result(Metric.REVENUE).yoy()).isNull();
    assertThat(m.result(Metric.REVENUE).qoq()).isNull();
    assertThat(m.operatingMarginChangeBps()).isNull();
  }

  @Test
  void statedChangeIsUsedAsGiven() {
    BriefMetrics m = derive(twoYears(), "FY2025-Q1");
    Measure compute = m.segments().get(0).lines().get(0);
    assertThat(compute.yoy().stated()).isTrue();
    assertThat(compute.yoy().pct().value()).isEqualByComparingTo("16");
    assertThat(compute.yoy().prior()).isNull();
  }

  @Test
  void marginsAndTheirChangeInBasisPoints() {
    BriefMetrics m = derive(twoYears(), "FY2025-Q1");
    assertThat(m.operatingMargin().value()).isEqualByComparingTo("12");
    assertThat(m.operatingMarginChangeBps().value()).isEqualByComparingTo("-50");
    SegmentMetrics cloud = m.segments().get(0);
    assertThat(cloud.margin().value()).isEqualByComparingTo("15");
    assertThat(cloud.marginChangeBps().value()).isCloseTo(new java.math.BigDecimal("166.6667"),
        org.assertj.core.api.Assertions.within(new java.math.BigDecimal("0.0001")));
  }

  @Test
  void segmentShareOfOperatingIncomeNowAndAYearEarlier() {
    SegmentMetrics cloud = derive(twoYears(), "FY2025-Q1").segments().get(0);
    assertThat(cloud.operatingIncomeShare().value()).isEqualByComparingTo("75");
    assertThat(cloud.operatingIncomeSharePrior().value()).isEqualByComparingTo("60");
    assertThat(cloud.operatingIncomeShareChange().value()).isEqualByComparingTo("15");
    assertThat(cloud.revenueShare().value()).isEqualByComparingTo("60");
  }

  @Test
  void guidanceMidpointImpliedGrowthAndStatus() {
    BriefMetrics m = derive(twoYears(), "FY2025-Q1");
    GuidedFigure q2 = m.guidance().get(0);
    assertThat(q2.current().mid().value()).isEqualByComparingTo("1100000000");
    assertThat(q2.current().mid().formula()).isEqualTo("(1050000000 + 1150000000) / 2");
    assertThat(q2.impliedGrowth()).isNull(); // FY2024-Q2 is not in the data
    GuidedFigure revenue = find(m, Metric.REVENUE, "FY2025");
    assertThat(revenue.status()).isEqualTo(GuidanceStatus.REAFFIRMED);
    assertThat(revenue.previousFrom()).isEqualTo(new FiscalQuarter(2024, 4));
    assertThat(find(m, Metric.EPS, "FY2025").status()).isEqualTo(GuidanceStatus.RAISED);
    assertThat(find(m, Metric.OPERATING_INCOME, "FY2025").status()).isEqualTo(GuidanceStatus.NARROWED);
    assertThat(find(m, Metric.NET_INCOME, "FY2025").status()).isEqualTo(GuidanceStatus.RAISED);
    assertThat(q2.status()).isEqualTo(GuidanceStatus.INITIATED);
  }

  @Test
  void impliedGrowthOfAGuidedQuarterAgainstItsYearEarlierActual() {
    TestData data = twoYears().quarter("FY2024-Q2", header("2024-06-30", "2024-07-25") + """
        results: { revenue: 1000 }
        """);
    GuidedFigure q2 = derive(data, "FY2025-Q1").guidance().get(0);
    assertThat(q2.impliedGrowth().value()).isEqualByComparingTo("10");
  }

  @Test
  void restatedComparativeIsUsedAndReported() {
    TestData data = twoYears().quarter("FY2024-Q1", header("2024-03-31", "2024-04-25") + """
        results: { revenue: 800, operating_income: 95 }
        kpis: { orders: 200 }
        """);
    BriefMetrics m = derive(data, "FY2025-Q1");
    assertThat(m.restatements()).hasSize(1);
    Restatement r = m.restatements().get(0);
    assertThat(r.path()).isEqualTo(new FigurePath.Result(Metric.OPERATING_INCOME));
    assertThat(r.asFirstReported().value()).isEqualByComparingTo("95000000");
    assertThat(r.restated().value()).isEqualByComparingTo("100000000");
    assertThat(m.result(Metric.OPERATING_INCOME).yoy().pct().value()).isEqualByComparingTo("20");
    // a KPI is not an accounting figure: still compared with the earlier file
    assertThat(m.kpi("orders").yoy().pct().value()).isEqualByComparingTo("50");
  }

  /**
   * A revision stated by an earlier release (a 10-K revising last year's quarters) is in force for
   * later briefs; one stated after the brief's release day is not yet known to it.
   */
  @Test
  void aRevisionIsSeenAsOfTheBriefsReleaseDay() {
    TestData data = TestData.in(dir)
        .quarter("FY2024-Q1", header("2024-03-31", "2024-04-25") + """
            results: { revenue: 800, operating_income: 95, operating_income_non_gaap: 110 }
            segments: { cloud: { revenue: 450 }, devices: { revenue: 350 } }
            """)
        .quarter("FY2024-Q4", header("2024-12-31", "2025-01-30") + """
            results: { revenue: 900, operating_income: 90 }
            comparatives:
              FY2024-Q1:
                results: { operating_income: 100 }
            """)
        .quarter("FY2025-Q1", header("2025-03-31", "2025-04-24") + """
            results: { revenue: 1000, operating_income: 120, operating_income_non_gaap: 140 }
            segments: { cloud: { revenue: 600 }, devices: { revenue: 400 } }
            """)
        .quarter("FY2025-Q2", header("2025-06-30", "2025-07-24") + """
            results: { revenue: 1100, operating_income: 130 }
            comparatives:
              FY2024-Q1:
                results: { operating_income: 110 }
            """);
    BriefMetrics q1 = derive(data, "FY2025-Q1");
    // 120 against the revised 100, not the 95 first reported nor the 110 a later release states
    assertThat(q1.result(Metric.OPERATING_INCOME).yoy().pct().value()).isEqualByComparingTo("20");
    assertThat(q1.restatements()).singleElement().satisfies(r -> {
      assertThat(r.period()).isEqualTo(FiscalQuarter.parse("FY2024-Q1"));
      assertThat(r.restated().value()).isEqualByComparingTo("100000000");
      assertThat(r.revisedIn()).isEqualTo(FiscalQuarter.parse("FY2024-Q4"));
    });
    // a revised profit puts the other profits of the period on another basis: no non-GAAP change
    assertThat(q1.result(Metric.OPERATING_INCOME_NON_GAAP).yoy()).isNull();
    // and leaves revenue alone: segment revenue is still compared
    assertThat(q1.measure(new FigurePath.SegmentRevenue("cloud")).yoy().pct().value()).isBetween(new java.math.BigDecimal("33.33"), new java.math.BigDecimal("33.34"));

    BriefMetrics q2 = derive(data, "FY2025-Q2");
    assertThat(q2.restatements()).anySatisfy(r -> {
      assertThat(r.restated().value()).isEqualByComparingTo("110000000");
      assertThat(r.revisedIn()).isEqualTo(FiscalQuarter.parse("FY2025-Q2"));
    });
  }

  @Test
  void roundedFiguresAreNotRestatements() {
    assertThat(Decimals.differ(new java.math.BigDecimal("9.2E+9"), new java.math.BigDecimal("9227E+6"))).isFalse();
    assertThat(Decimals.differ(new java.math.BigDecimal("920E+6"), new java.math.BigDecimal("965E+6"))).isTrue();
  }

  @Test
  void growthOfAZeroOrNegativeBaseIsNotAPercentage() {
    assertThat(Decimals.growthPct(java.math.BigDecimal.TEN, java.math.BigDecimal.ZERO)).isNull();
    assertThat(Decimals.growthPct(java.math.BigDecimal.TEN, java.math.BigDecimal.ONE.negate())).isNull();
  }

  private static GuidedFigure find(BriefMetrics m, Metric metric, String period) {
    return m.guidance().stream()
        .filter(g -> g.period().label().equals(period) && g.path().equals(new FigurePath.Result(metric)))
        .findFirst().orElseThrow();
  }
}
