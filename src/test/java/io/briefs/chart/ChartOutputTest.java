package io.briefs.chart;

import static io.briefs.chart.ChartFixture.SAMPLE;
import static io.briefs.chart.ChartFixture.USD;
import static org.assertj.core.api.Assertions.assertThat;

import io.briefs.SampleBuild;
import io.briefs.cli.Run;
import io.briefs.model.CompanyData;
import io.briefs.model.Quarter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import java.awt.geom.Point2D;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every sample brief shows its charts in the page (inline SVG, described, with the data) and in
 * the PDF as vector drawings whose labels are real text.
 */
class ChartOutputTest {
  private static final CompanyData DELL = ChartFixture.load(SAMPLE);

  static Stream<Arguments> briefs() {
    List<Arguments> out = new ArrayList<>();
    for (Quarter q : DELL.quarters()) {
      out.add(Arguments.of(q.period().slug(), ChartFixture.brief(DELL, q.period().label())));
    }
    return out.stream();
  }

  private static Path dir(String slug) {
    return SampleBuild.site().resolve("dell/" + slug);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("briefs")
  void pageShowsEveryChartAccessibly(String slug, List<ChartSpec> charts) throws IOException {
    Document page = Jsoup.parse(dir(slug).resolve("index.html").toFile(), "UTF-8");
    assertThat(page.select("figure.chart")).hasSize(charts.size());
    for (ChartSpec spec : charts) {
      Element figure = page.getElementById("figure-" + spec.id());
      assertThat(figure).as(spec.id()).isNotNull();
      assertThat(figure.selectFirst("figcaption").text()).isEqualTo(spec.title());
      assertThat(figure.selectFirst(".chart-description").text()).isEqualTo(spec.descriptionText());
      Element svg = figure.selectFirst("svg[role=img]");
      for (String ref : svg.attr("aria-labelledby").split(" ")) {
        assertThat(svg.getElementById(ref)).as(ref).isNotNull();
      }
      Element table = figure.selectFirst("details table.chart-data");
      assertThat(table.select("tbody tr")).hasSize(spec.categories().size());
      assertThat(table.select("thead th").eachText()).isEqualTo(ChartTable.of(spec, USD).columns());
    }
    List<String> ids = page.select("[id]").eachAttr("id");
    assertThat(ids).doesNotHaveDuplicates();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("briefs")
  void pdfChartLabelsAreText(String slug, List<ChartSpec> charts) {
    String text = SampleBuild.pdfText(dir(slug).resolve("dell-" + slug + ".pdf"));
    for (ChartSpec spec : charts) {
      assertThat(text).contains(spec.title(), spec.descriptionText());
      assertThat(text).contains(spec.categories());
      assertThat(text).as("%s tick labels", spec.id()).contains(ticks(spec));
      if (spec.series().size() > 1 && spec.kind() != ChartKind.RANGE_VS_ACTUAL) {
        assertThat(text).contains(spec.series().stream().map(Series::name).toList());
      }
      spec.labels().forEach(l -> assertThat(text).contains(ChartText.label(l)));
    }
    assertThat(text).doesNotContain("#");
  }

  /** The founding example, spelled out: tick and category labels are text in the PDF. */
  @Test
  void dellPdfHasSearchableChartLabels() {
    String text = SampleBuild.pdfText(dir("fy2026-q1").resolve("dell-fy2026-q1.pdf"));
    assertThat(text).contains("$10B", "$20B", "$30B", "Q1 FY2025", "Q1 FY2026", "+5%", "44%", "20%",
        "AI server orders", "Guided range");
  }

  /** The same sample built again gives the same bytes: page (with its SVG), PDF, card, ledger. */
  @Test
  void aSecondBuildGivesTheSameBytes(@TempDir Path dir) throws IOException {
    Run run = Run.of(Map.of("SOURCE_DATE_EPOCH", "1748476800"), "build", "--out", dir.resolve("site").toString());
    assertThat(run.code()).as(run.err()).isZero();
    for (Quarter q : DELL.quarters()) {
      String slug = q.period().slug();
      for (String file : List.of("index.html", "card.png", "data.json", "dell-" + slug + ".pdf")) {
        assertThat(dir.resolve("site/dell/" + slug + "/" + file)).as(slug + "/" + file)
            .hasSameBinaryContentAs(dir(slug).resolve(file));
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("briefs")
  void pdfChartsAreVectorsNotImages(String slug, List<ChartSpec> charts) throws IOException {
    int points = charts.stream().mapToInt(c -> (int) c.series().stream()
        .flatMap(s -> s.points().stream()).filter(p -> p != null).count()).sum();
    try (PDDocument doc = Loader.loadPDF(dir(slug).resolve("dell-" + slug + ".pdf").toFile())) {
      int fills = 0;
      for (PDPage page : doc.getPages()) {
        assertThat(images(page.getResources())).as("image XObjects").isZero();
        Fills counter = new Fills(page);
        counter.processPage(page);
        fills += counter.fills;
      }
      // every bar, range and marker is a filled vector path
      assertThat(fills).isGreaterThanOrEqualTo(points);
    }
  }

  /** Counts filled paths and drawn images on a page. */
  private static final class Fills extends PDFGraphicsStreamEngine {
    int fills;

    Fills(PDPage page) {
      super(page);
    }

    @Override
    public void fillPath(int windingRule) {
      fills++;
    }

    @Override
    public void fillAndStrokePath(int windingRule) {
      fills++;
    }

    @Override
    public void drawImage(PDImage pdImage) {
      throw new AssertionError("a raster image is drawn on the page");
    }

    @Override
    public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {}

    @Override
    public void clip(int windingRule) {}

    @Override
    public void moveTo(float x, float y) {}

    @Override
    public void lineTo(float x, float y) {}

    @Override
    public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {}

    @Override
    public Point2D getCurrentPoint() {
      return new Point2D.Float();
    }

    @Override
    public void closePath() {}

    @Override
    public void endPath() {}

    @Override
    public void strokePath() {}

    @Override
    public void shadingFill(COSName shadingName) {}
  }

  /** The tick labels the value axis draws: the scale's round steps, formatted as on the axis. */
  static List<String> ticks(ChartSpec spec) {
    AxisScale s = AxisScale.of(spec);
    AxisFormat f = new AxisFormat(USD, spec.unit(), Math.max(Math.abs(s.lower()), s.upper()));
    List<String> out = new ArrayList<>();
    long n = Math.round((s.upper() - s.lower()) / s.step());
    for (long i = 0; i <= n; i++) {
      out.add(f.format(s.lower() + i * s.step()));
    }
    return out;
  }

  /** Image XObjects in resources, looking inside form XObjects too. */
  private static int images(PDResources resources) throws IOException {
    if (resources == null) {
      return 0;
    }
    int found = 0;
    for (COSName name : resources.getXObjectNames()) {
      PDXObject x = resources.getXObject(name);
      if (x instanceof PDImageXObject) {
        found++;
      } else if (x instanceof PDFormXObject form) {
        found += images(form.getResources());
      }
    }
    return found;
  }
}
