package io.briefs.chart;

import static io.briefs.chart.ChartFixture.SAMPLE;
import static io.briefs.chart.ChartFixture.THEME;
import static io.briefs.chart.ChartFixture.USD;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The inline SVG: accessible, valid in HTML, text kept as text, ids stable and unique per page. */
class SvgChartsTest {
  private static List<ChartSpec> charts;

  @BeforeAll
  static void plan() {
    ChartFixture.fonts();
    charts = ChartFixture.brief(ChartFixture.load(SAMPLE), "FY2026-Q1");
  }

  private static Element svg(ChartSpec spec) {
    Document doc = Jsoup.parse("<body>" + SvgCharts.render(spec, THEME, USD) + "</body>");
    return doc.selectFirst("svg");
  }

  @Test
  void eachChartIsAnImageNamedByItsTitleAndDescription() {
    for (ChartSpec spec : charts) {
      Element svg = svg(spec);
      String id = "chart-" + spec.id();
      assertThat(svg.id()).isEqualTo(id);
      assertThat(svg.attr("role")).isEqualTo("img");
      assertThat(svg.attr("aria-labelledby")).isEqualTo(id + "-title " + id + "-desc");
      assertThat(svg.selectFirst("title#" + id + "-title").text()).isEqualTo(spec.title());
      assertThat(svg.selectFirst("desc#" + id + "-desc").text()).isEqualTo(spec.descriptionText());
      assertThat(svg.attr("viewBox")).isEqualTo("0 0 720 340");
      assertThat(svg.hasAttr("width")).isFalse();
    }
  }

  @Test
  void markupIsValidInHtmlAndKeepsTextAsText() {
    for (ChartSpec spec : charts) {
      String markup = SvgCharts.render(spec, THEME, USD);
      assertThat(markup).doesNotContain("jfreesvg", "NaN", "Infinity");
      Element svg = svg(spec);
      List<String> texts = svg.select("text").eachText();
      // quarters on two lines, the fiscal year written under the first quarter of each year shown
      assertThat(String.join(" ", texts)).as(spec.id()).contains("Q1 FY2026").containsPattern("Q3\\*?( FY2025)? Q4 Q1 FY2026");
      // every text element kept its style (JFreeSVG quotes attributes with ', so must the fonts)
      for (Element t : svg.select("text")) {
        assertThat(t.attr("style")).contains("font-family: Noto Sans, sans-serif").contains("font-size:");
      }
    }
    assertThat(svg(charts.get(0)).select("text").eachText()).contains("$10B", "$20B", "+5%");
  }

  @Test
  void sameSpecGivesTheSameBytes() {
    for (ChartSpec spec : charts) {
      assertThat(SvgCharts.render(spec, THEME, USD)).isEqualTo(SvgCharts.render(spec, THEME, USD));
    }
  }

  @Test
  void idsAreUniqueAcrossEveryChartOfAPage() {
    List<String> ids = new ArrayList<>();
    for (ChartSpec spec : charts) {
      Document doc = Jsoup.parse(SvgCharts.render(spec, THEME, USD), "", Parser.xmlParser());
      doc.select("[id]").forEach(e -> {
        assertThat(e.id()).startsWith("chart-" + spec.id());
        ids.add(e.id());
      });
    }
    assertThat(ids).doesNotHaveDuplicates().hasSizeGreaterThan(charts.size() * 3);
  }

  @Test
  void coordinatesHaveAtMostTwoDecimals() {
    String markup = SvgCharts.render(charts.get(1), THEME, USD);
    assertThat(markup).doesNotContainPattern("\\d\\.\\d{3,}");
    assertThat(SvgCharts.fixed(21.89701271057129)).isEqualTo("21.9");
    assertThat(SvgCharts.fixed(-0.001)).isEqualTo("0");
    assertThat(SvgCharts.fixed(720.0)).isEqualTo("720");
  }

  @Test
  void aWebPageGetsTheWideDrawingAndANarrowOneForPhonesEachNamedAndWithIdsOfItsOwn() {
    for (ChartSpec spec : charts) {
      Document doc = Jsoup.parse("<body>" + SvgCharts.web(spec, THEME, USD) + "</body>");
      List<Element> svgs = doc.select("body > svg");
      assertThat(svgs).extracting(e -> e.attr("class")).containsExactly("chart-wide", "chart-narrow");
      Element wide = svgs.get(0);
      Element narrow = svgs.get(1);
      assertThat(wide.outerHtml()).isEqualTo(svg(spec).outerHtml().replaceFirst(" role=", " class=\"chart-wide\" role="));
      String id = "chart-" + spec.id() + "-narrow";
      assertThat(narrow.id()).isEqualTo(id);
      assertThat(narrow.attr("viewBox")).isEqualTo("0 0 400 320");
      assertThat(narrow.attr("aria-labelledby")).isEqualTo(id + "-title " + id + "-desc");
      assertThat(narrow.selectFirst("title#" + id + "-title").text()).isEqualTo(spec.title());
      assertThat(String.join(" ", narrow.select("text").eachText())).as(spec.id()).contains("Q4 Q1 FY2026");
      // no id of the narrow drawing repeats one of the wide drawing: both are in the same page
      List<String> wideIds = wide.select("[id]").eachAttr("id");
      for (String narrowId : narrow.select("[id]").eachAttr("id")) {
        assertThat(narrowId).startsWith(id).isNotIn(wideIds);
      }
    }
  }
}
