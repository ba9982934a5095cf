package io.briefs.chart;

import static io.briefs.chart.ChartFixture.THEME;
import static io.briefs.chart.ChartFixture.USD;
import static org.assertj.core.api.Assertions.assertThat;

import io.briefs.metrics.Fact;
import io.briefs.metrics.FactUnit;
import io.briefs.model.SourceLoc;
import io.briefs.narrative.Prose;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * How charts name what they show without a legend: lines carry their names beside their last
 * points, never on top of each other; the axis writes each fiscal year once.
 */
class DirectLabelsTest {
  @BeforeAll
  static void fonts() {
    ChartFixture.fonts();
  }

  private static final List<String> QUARTERS = List.of("Q3 FY2025*", "Q4 FY2025", "Q1 FY2026", "Q2 FY2026");

  private static ChartSpec lines(String... series) {
    List<Series> all = new ArrayList<>();
    for (String s : series) {
      String[] parts = s.split("=");
      List<Fact> points = new ArrayList<>();
      for (String v : parts[1].split(",")) {
        points.add(v.equals("-") ? null : new Fact(parts[0] + points.size(), new BigDecimal(v), FactUnit.PERCENT,
            "as reported", List.of(new SourceLoc("x.yaml", 1, 1))));
      }
      all.add(new Series(parts[0], points));
    }
    return new ChartSpec("m", ChartKind.LINE, "Operating margin", new Prose(List.of()), QUARTERS, all,
        FactUnit.PERCENT, List.of(), List.of());
  }

  /** The text elements of the chart's SVG, by their text. */
  private static List<Element> texts(ChartSpec spec, String... wanted) {
    List<Element> found = Jsoup.parse(SvgCharts.render(spec, THEME, USD)).select("text").stream()
        .filter(t -> Arrays.asList(wanted).contains(t.text())).toList();
    assertThat(found).extracting(Element::text).containsExactlyInAnyOrder(wanted);
    return found;
  }

  @Test
  void theYearIsWrittenUnderTheFirstQuarterOfEachYearShown() {
    List<String> q = List.of("Q3 FY2025*", "Q4 FY2025", "Q1 FY2026", "Q2 FY2026", "FY2026");
    assertThat(QuarterAxis.lines(q, 0)).containsExactly("Q3*", "FY2025");
    assertThat(QuarterAxis.lines(q, 1)).containsExactly("Q4");
    assertThat(QuarterAxis.lines(q, 2)).containsExactly("Q1", "FY2026");
    assertThat(QuarterAxis.lines(q, 3)).containsExactly("Q2");
    assertThat(QuarterAxis.lines(q, 4)).as("a fiscal year is not a quarter").isNull();
  }

  @Test
  void linesAreNamedBesideTheirLastPointsAndNoLegendRepeatsThem() {
    ChartSpec spec = lines("Dell=4.3,9.0,5.0,6.0", "ISG=-,18.1,9.7,8.9", "CSG=6.5,5.3,5.2,6.1");
    String svg = SvgCharts.render(spec, THEME, USD);
    // each name once: beside its line, not again in a legend
    for (String name : List.of("Dell", "ISG", "CSG")) {
      assertThat(Jsoup.parse(svg).select("text").eachText()).as(name).containsOnlyOnce(name);
    }
    assertThat(JFreeCharts.build(spec, THEME, USD).getLegend()).isNull();
  }

  @Test
  void namesOfCloseLinesAreMovedApart() {
    // Dell 6.0% and CSG 6.1% end a tenth of a point apart: their names must not overlap
    List<Element> names = texts(lines("Dell=4.3,9.0,5.0,6.0", "CSG=6.5,5.3,5.2,6.1"), "Dell", "CSG");
    double dell = Double.parseDouble(names.stream().filter(e -> e.text().equals("Dell")).findFirst().orElseThrow().attr("y"));
    double csg = Double.parseDouble(names.stream().filter(e -> e.text().equals("CSG")).findFirst().orElseThrow().attr("y"));
    assertThat(Math.abs(dell - csg)).isGreaterThanOrEqualTo(ChartTheme.LABEL_SIZE);
    // both right of the last quarter's label, inside the drawing
    double lastTick = Double.parseDouble(texts(lines("Dell=4.3,9.0,5.0,6.0", "CSG=6.5,5.3,5.2,6.1"), "Q2").get(0).attr("x"));
    for (Element e : names) {
      assertThat(Double.parseDouble(e.attr("x"))).isGreaterThan(lastTick).isLessThan(ChartTheme.WIDTH - 20);
    }
  }

  @Test
  void wordsEveryNameSharesAreLeftToTheTitle() {
    assertThat(EndLabels.shortNames(List.of("AI server orders", "AI server shipments", "AI server backlog")))
        .containsExactly("Orders", "Shipments", "Backlog");
    assertThat(EndLabels.shortNames(List.of("Dell", "ISG", "CSG"))).containsExactly("Dell", "ISG", "CSG");
  }
}
