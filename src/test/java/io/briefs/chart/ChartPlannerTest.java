package io.briefs.chart;

import io.briefs.narrative.Style;
import static io.briefs.chart.ChartFixture.ACME;
import static io.briefs.chart.ChartFixture.SAMPLE;
import static io.briefs.chart.ChartFixture.brief;
import static io.briefs.chart.ChartFixture.chart;
import static io.briefs.chart.ChartFixture.load;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.briefs.metrics.Fact;
import io.briefs.model.CompanyData;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which charts each brief gets, and what their series hold, from the data. */
class ChartPlannerTest {
  private static final CompanyData ACME_DATA = load(ACME);
  private static final CompanyData DELL = load(SAMPLE);

  /**
   * The suite of every sample quarter: each chart only where its data can fill it. The first
   * briefs have too little history: FY2025-Q1 has two revenue figures and one of everything else,
   * so no chart; FY2025-Q2 lacks CSG's revenue a year earlier (a stack would miss a part) and has
   * two quarters of KPIs; guidance against actuals needs three quarters (FY2026-Q1 on).
   */
  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
      "FY2025-Q1; ",
      "FY2025-Q2; revenue operating-margin",
      "FY2025-Q3; revenue revenue-by-segment operating-margin kpis",
      "FY2025-Q4; revenue revenue-by-segment operating-margin kpis",
      "FY2026-Q1; revenue revenue-by-segment operating-margin kpis guidance-revenue",
      "FY2026-Q2; revenue revenue-by-segment operating-margin kpis guidance-revenue",
      "FY2026-Q3; revenue revenue-by-segment operating-margin kpis guidance-revenue",
      // no operating income at all in Q4 FY2026: no margin chart
      "FY2026-Q4; revenue revenue-by-segment kpis guidance-revenue"})
  void sampleSuite(String period, String ids) {
    assertThat(brief(DELL, period)).extracting(ChartSpec::id)
        .containsExactly(ids == null ? new String[0] : ids.split(" "));
  }

  @Test
  void sparseSeriesAreLeftOutAndTheTitleFollows() {
    // FY2025-Q2: ISG and CSG have margins in two quarters only; Dell's own in three of five
    ChartSpec margins = chart(brief(DELL, "FY2025-Q2"), "operating-margin");
    assertThat(margins.title()).isEqualTo("Operating margin");
    assertThat(margins.series()).extracting(Series::name).containsExactly("Dell");
    // FY2025-Q3: the backlog was first reported in Q2 FY2025, two values: orders and shipments stay
    ChartSpec kpis = chart(brief(DELL, "FY2025-Q3"), "kpis");
    assertThat(kpis.title()).isEqualTo("AI server orders and shipments");
    // every charted series has three values or more, and no more gaps than values once it begins
    for (String period : List.of("FY2025-Q2", "FY2025-Q3", "FY2025-Q4", "FY2026-Q1", "FY2026-Q4")) {
      for (ChartSpec c : brief(DELL, period)) {
        for (Series s : c.series()) {
          assertThat(Grid.tooSparse(s.points(), Grid.MIN_POINTS)).as("%s %s %s", period, c.id(), s.name()).isFalse();
        }
      }
    }
  }

  @Test
  void tooSparseCountsGapsOnlyOnceASeriesBegins() {
    Fact f = new Fact("x", java.math.BigDecimal.ONE, io.briefs.metrics.FactUnit.MONEY, "stated", List.of());
    assertThat(Grid.tooSparse(java.util.Arrays.asList(null, null, f, f, f), 3)).isFalse();
    assertThat(Grid.tooSparse(java.util.Arrays.asList(f, null, null, f, f), 3)).isFalse();
    assertThat(Grid.tooSparse(java.util.Arrays.asList(f, null, null, null, null, f, f), 3)).as("more gaps than values").isTrue();
    assertThat(Grid.tooSparse(java.util.Arrays.asList(null, f, null, f), 3)).as("two values").isTrue();
  }

  @Test
  void dellFoundingExampleChartsTheLastFiveQuartersRestated() {
    List<ChartSpec> charts = brief(DELL, "FY2026-Q1");
    ChartSpec segments = chart(charts, "revenue-by-segment");
    assertThat(segments.kind()).isEqualTo(ChartKind.STACKED_BAR);
    assertThat(segments.categories()).containsExactly("Q1 FY2025", "Q2 FY2025", "Q3 FY2025", "Q4 FY2025", "Q1 FY2026");
    assertThat(segments.highlights()).containsExactly("Q1 FY2026");
    assertThat(segments.series()).extracting(Series::name).containsExactly("ISG", "CSG");
    // Q1 FY2025 comes from this release's comparatives (the file says 9.227 in billions: the same)
    Fact isgYearAgo = segments.series().get(0).points().get(0);
    assertThat(isgYearAgo.value()).isEqualByComparingTo("9227000000");
    assertThat(isgYearAgo.inputs().get(0).file()).endsWith("fy2026-q1.yaml");
    // the brief's own quarter is the very fact the text shows
    assertThat(segments.series().get(0).points().get(4).id()).isEqualTo("segments.isg.revenue");
    // restated operating income (965, not 920 as first reported) sets the margin a year earlier
    ChartSpec margins = chart(charts, "operating-margin");
    assertThat(margins.series().get(0).name()).isEqualTo("Dell");
    assertThat(margins.series().get(0).points().get(0).formula()).isEqualTo("965000000 / 22244000000 * 100");
  }

  @Test
  void aMissingQuarterIsAGapNotAZero() {
    ChartSpec revenue = chart(brief(ACME_DATA, "FY2025-Q2"), "revenue");
    assertThat(revenue.categories()).containsExactly("Q1 FY2024", "Q2 FY2024", "Q3 FY2024", "Q4 FY2024", "Q1 FY2025",
        "Q2 FY2025");
    assertThat(revenue.series().get(0).points().get(2)).as("no FY2024-Q3 file").isNull();
    assertThat(ChartTable.of(revenue, ChartFixture.USD).rows().get(2)).containsExactly("Q3 FY2024", "\u2013", "\u2013");
  }

  @Test
  void aRevisionOfProfitsKeepsRevenueAndDropsTheProfitsItDidNotRestate() {
    // FY2025-Q2 restates FY2024-Q2's operating income and gives Cloud again, but not Devices
    ChartSpec segments = chart(brief(ACME_DATA, "FY2025-Q2"), "revenue-by-segment");
    assertThat(segments.series().get(0).points().get(1).value()).isEqualByComparingTo("700000000");
    // revenue was not revised: Devices' revenue as first reported still stands
    assertThat(segments.series().get(1).points().get(1).value()).isEqualByComparingTo("400000000");
    ChartSpec margins = chart(brief(ACME_DATA, "FY2025-Q2"), "operating-margin");
    // Devices' operating income is a profit on the abandoned basis: a gap, marked nowhere
    assertThat(margins.series().get(2).points().get(1)).isNull();
    // Cloud's margin rests on the restated operating income: its quarter is marked as revised
    assertThat(margins.categories().get(1)).isEqualTo("Q2 FY2024*");
    assertThat(margins.descriptionText()).endsWith("* As revised in the Q2 FY2025 release.");
  }

  @Test
  void lossesAreNegativeMargins() {
    ChartSpec margins = chart(brief(ACME_DATA, "FY2025-Q2"), "operating-margin");
    Series devices = margins.series().get(2);
    assertThat(devices.name()).isEqualTo("Devices");
    assertThat(devices.points()).filteredOn(Objects::nonNull).allMatch(Fact::isNegative);
    assertThat(margins.descriptionText()).contains("Devices' operating margin rose to -10.5% in Q2 FY2025");
  }

  @Test
  void aKpiReportedOnceIsLeftOutAndCountsStayOffTheMoneyChart() {
    ChartSpec kpis = chart(brief(ACME_DATA, "FY2025-Q2"), "kpis");
    // Backlog has one value: a lone marker on empty axes, so it is not charted
    assertThat(kpis.title()).isEqualTo("Orders");
    assertThat(kpis.series()).extracting(Series::name).containsExactly("Orders");
  }

  @Test
  void yearOverYearLabelsUseTheStatedChangeOrTheComparableFigure() {
    ChartSpec revenue = chart(brief(ACME_DATA, "FY2025-Q2"), "revenue");
    assertThat(revenue.labels()).extracting(ChartText::label).containsExactly("+15%", "+7%");
    PointLabel q1 = revenue.labels().get(0);
    assertThat(q1.fact().formula()).isEqualTo("stated by the company");
    // FY2025-Q2 against the restated comparative of FY2024-Q2
    assertThat(revenue.labels().get(1).fact().formula()).isEqualTo("(1200000000 - 1120000000) / 1120000000 * 100");
  }

  @Test
  void guidanceChartPairsEachQuarterWithTheRangeGuidedAQuarterEarlier() {
    ChartSpec g = chart(brief(ACME_DATA, "FY2025-Q2"), "guidance-revenue");
    assertThat(g.kind()).isEqualTo(ChartKind.RANGE_VS_ACTUAL);
    assertThat(g.categories()).containsExactly("Q2 FY2024", "Q3 FY2024", "Q4 FY2024", "Q1 FY2025", "Q2 FY2025");
    // a range of $1.15 billion to $1.20 billion would read "$1.2 billion" twice: one more decimal
    assertThat(ChartTable.of(g, ChartFixture.USD).rows()).containsExactly(
        List.of("Q2 FY2024", "$1.05 billion", "$1.10 billion", "$1.12 billion"),
        List.of("Q3 FY2024", "$1.15 billion", "$1.20 billion", "\u2013"),
        List.of("Q4 FY2024", "\u2013", "\u2013", "\u2013"),
        List.of("Q1 FY2025", "$1.20 billion", "$1.25 billion", "$1.15 billion"),
        List.of("Q2 FY2025", "$1.20 billion", "$1.20 billion", "$1.20 billion"));
    assertThat(g.descriptionText()).isEqualTo("Revenue came in within the range guided a quarter earlier in 1 of"
        + " the 3 quarters compared, above it in 1 and below it in 1. In Q2 FY2025 revenue of $1.20 billion"
        + " came in in line with the guided $1.20 billion.");
  }

  @Test
  void companyPageChartsCoverEveryQuarterAndCompleteYears() {
    List<ChartSpec> dell = ChartPlanner.forCompany(DELL, Style.defaults());
    assertThat(dell).extracting(ChartSpec::id).containsExactly("company-revenue-by-year", "company-revenue",
        "company-revenue-by-segment", "company-operating-margin", "company-kpis");
    ChartSpec years = dell.get(0);
    assertThat(years.categories()).containsExactly("FY2025", "FY2026");
    assertThat(years.series().get(0).points().get(1).value()).isEqualByComparingTo("113539000000");
    assertThat(years.labels()).extracting(ChartText::label).containsExactly("+19%");
    assertThat(dell).allMatch(c -> c.highlights().isEmpty());
    // Acme has no complete fiscal year (FY2024-Q3 is missing): no yearly chart
    assertThat(ChartPlanner.forCompany(ACME_DATA, Style.defaults())).extracting(ChartSpec::id).doesNotContain("company-revenue-by-year");
  }

  @Test
  void kpiTitleSaysSharedWordsOnce() {
    assertThat(TrendCharts.title(List.of("AI server orders", "AI server shipments", "AI server backlog")))
        .isEqualTo("AI server orders, shipments and backlog");
    assertThat(TrendCharts.title(List.of("Orders", "Backlog"))).isEqualTo("Orders and Backlog");
    assertThat(TrendCharts.title(List.of("Orders"))).isEqualTo("Orders");
  }

  /** Money KPIs declared but never reported: no names at all, which once looped forever. */
  @Test
  void kpiTitleOfNoNamesIsEmpty() {
    assertTimeoutPreemptively(java.time.Duration.ofSeconds(5), () -> assertThat(TrendCharts.title(List.of())).isEmpty());
  }
}
