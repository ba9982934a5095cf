package io.briefs.chart;

import io.briefs.narrative.Style;
import static io.briefs.chart.ChartFixture.ACME;
import static io.briefs.chart.ChartFixture.SAMPLE;
import static io.briefs.chart.ChartFixture.THEME;
import static io.briefs.chart.ChartFixture.USD;

import io.briefs.Golden;
import io.briefs.model.CompanyData;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Golden files pin the chart specs (readable text) and the SVG bytes. Regenerate with
 * {@code mvn test -Dtest=ChartGoldenTest -Dbriefs.golden.update=true} and review the diff.
 */
class ChartGoldenTest {
  @BeforeAll
  static void fonts() {
    ChartFixture.fonts();
  }

  @Test
  void fixtureSpecsAndSvg() {
    CompanyData acme = ChartFixture.load(ACME);
    List<ChartSpec> charts = ChartFixture.brief(acme, "FY2025-Q2");
    Golden.assertMatches("charts/acme-fy2025-q2/specs.txt", ChartSpecText.write(charts, USD));
    for (ChartSpec c : charts) {
      Golden.assertMatches("charts/acme-fy2025-q2/" + c.id() + ".svg", SvgCharts.render(c, THEME, USD) + "\n");
    }
  }

  @Test
  void fixtureCompanyPageSpecs() {
    CompanyData acme = ChartFixture.load(ACME);
    Golden.assertMatches("charts/acme-company/specs.txt", ChartSpecText.write(ChartPlanner.forCompany(acme, Style.defaults()), USD));
  }

  @Test
  void dellFoundingExampleSpecs() {
    CompanyData dell = ChartFixture.load(SAMPLE);
    Golden.assertMatches("charts/dell-fy2026-q1/specs.txt",
        ChartSpecText.write(ChartFixture.brief(dell, "FY2026-Q1"), USD));
  }
}
