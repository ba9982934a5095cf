package io.briefs.chart;

import static io.briefs.chart.ChartFixture.THEME;
import static io.briefs.chart.ChartFixture.USD;
import static org.assertj.core.api.Assertions.assertThat;

import io.briefs.metrics.Fact;
import io.briefs.metrics.FactUnit;
import io.briefs.model.SourceLoc;
import io.briefs.narrative.Prose;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.entity.CategoryItemEntity;
import org.jfree.chart.ui.RectangleEdge;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * What JFreeChart actually draws for a spec, read back from its rendering info (the shape of
 * every drawn item): gaps draw nothing, single points draw, losses hang below the zero line.
 */
class ChartDrawingTest {
  @BeforeAll
  static void fonts() {
    ChartFixture.fonts();
  }

  static ChartSpec spec(ChartKind kind, FactUnit unit, String... values) {
    List<String> categories = new ArrayList<>();
    List<Fact> points = new ArrayList<>();
    for (int i = 0; i < values.length; i++) {
      categories.add("Q" + (i % 4 + 1) + " FY" + (2024 + i / 4));
      points.add(values[i] == null ? null : new Fact("p" + i, new BigDecimal(values[i]), unit, "as reported",
          List.of(new SourceLoc("x.yaml", 1, 1))));
    }
    List<Series> series = new ArrayList<>(List.of(new Series("Value", points)));
    if (kind == ChartKind.RANGE_VS_ACTUAL) {
      series = List.of(new Series("Guided low", points), new Series("Guided high", points), new Series("Actual", points));
    }
    return new ChartSpec("t", kind, "Test", new Prose(List.of()), categories, series, unit, List.of(), List.of());
  }

  /** The drawn items, by category label, with the y of the zero line. */
  record Drawn(List<CategoryItemEntity> items, double zeroY) {
    List<String> categories() {
      return items.stream().map(e -> e.getColumnKey().toString()).toList();
    }

    Rectangle2D bounds(String category) {
      return items.stream().filter(e -> e.getColumnKey().equals(category)).findFirst().orElseThrow()
          .getArea().getBounds2D();
    }
  }

  static Drawn draw(ChartSpec spec) {
    JFreeChart chart = JFreeCharts.build(spec, THEME, USD);
    ChartRenderingInfo info = new ChartRenderingInfo();
    BufferedImage image = new BufferedImage(ChartTheme.WIDTH, ChartTheme.HEIGHT, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    chart.draw(g, new Rectangle(0, 0, ChartTheme.WIDTH, ChartTheme.HEIGHT), info);
    g.dispose();
    List<CategoryItemEntity> items = new ArrayList<>();
    info.getEntityCollection().getEntities().forEach(e -> {
      if (e instanceof CategoryItemEntity c) {
        items.add(c);
      }
    });
    Rectangle2D area = info.getPlotInfo().getDataArea();
    double zero = chart.getCategoryPlot().getRangeAxis().valueToJava2D(0, area, RectangleEdge.LEFT);
    return new Drawn(items, zero);
  }

  @ParameterizedTest
  @EnumSource(value = ChartKind.class, names = {"GROUPED_BAR", "STACKED_BAR", "LINE"})
  void aMissingQuarterDrawsNothingThere(ChartKind kind) {
    Drawn d = draw(spec(kind, FactUnit.MONEY, "1000000000", null, "3000000000"));
    assertThat(d.categories()).containsExactly("Q1 FY2024", "Q3 FY2024");
  }

  @ParameterizedTest
  @EnumSource(ChartKind.class)
  void aSeriesWithOnePointStillDraws(ChartKind kind) {
    Drawn d = draw(spec(kind, FactUnit.MONEY, null, null, "5000000000"));
    assertThat(d.categories()).contains("Q3 FY2024").doesNotContain("Q1 FY2024", "Q2 FY2024");
    Drawn alone = draw(spec(kind, FactUnit.MONEY, "5000000000"));
    assertThat(alone.categories()).contains("Q1 FY2024");
  }

  @ParameterizedTest
  @EnumSource(value = ChartKind.class, names = {"GROUPED_BAR", "STACKED_BAR", "LINE"})
  void lossesRenderBelowTheZeroLine(ChartKind kind) {
    Drawn d = draw(spec(kind, FactUnit.PERCENT, "8.5", "-4.2"));
    Rectangle2D gain = d.bounds("Q1 FY2024");
    Rectangle2D loss = d.bounds("Q2 FY2024");
    assertThat(gain.getCenterY()).isLessThan(d.zeroY());
    assertThat(loss.getCenterY()).isGreaterThan(d.zeroY());
    if (kind != ChartKind.LINE) {
      // a bar starts at the zero line and hangs down from it
      assertThat(loss.getMinY()).isCloseTo(d.zeroY(), org.assertj.core.data.Offset.offset(1.0));
      assertThat(gain.getMaxY()).isCloseTo(d.zeroY(), org.assertj.core.data.Offset.offset(1.0));
    }
  }

  @Test
  void barsAndLinesAlwaysShowZeroButAGuidanceChartZoomsIn() {
    AxisScale bars = AxisScale.of(spec(ChartKind.GROUPED_BAR, FactUnit.MONEY, "22244000000", "23378000000"));
    assertThat(bars.lower()).isZero();
    assertThat(bars.upper()).isGreaterThan(23378000000.0);
    AxisScale range = AxisScale.of(spec(ChartKind.RANGE_VS_ACTUAL, FactUnit.MONEY, "22500000000", "23500000000"));
    assertThat(range.lower()).isGreaterThan(0).isLessThan(22500000000.0);
    AxisScale losses = AxisScale.of(spec(ChartKind.LINE, FactUnit.PERCENT, "-12.9", "5.8"));
    assertThat(losses.lower()).isLessThanOrEqualTo(-12.9);
    assertThat(losses.upper()).isGreaterThanOrEqualTo(5.8);
    for (AxisScale s : List.of(bars, range, losses)) {
      double mantissa = s.step() / Math.pow(10, Math.floor(Math.log10(s.step())));
      assertThat(Arrays.asList(1.0, 2.0, 2.5, 5.0)).anySatisfy(n -> assertThat(mantissa).isCloseTo(n,
          org.assertj.core.data.Offset.offset(1e-9)));
      assertThat((s.upper() - s.lower()) / s.step()).isBetween(2.0, 10.0);
    }
  }

  @Test
  void axisLabelsReadLikeTheText() {
    AxisFormat money = new AxisFormat(USD, FactUnit.MONEY, 3.0e10);
    assertThat(money.format(1.0e10)).isEqualTo("$10B");
    assertThat(money.format(2.5e9)).isEqualTo("$2.5B");
    assertThat(money.format(5.0e8)).as("one unit per axis").isEqualTo("$0.5B");
    assertThat(money.format(0)).isEqualTo("$0");
    assertThat(money.format(-2.0e9)).isEqualTo("-$2B");
    AxisFormat millions = new AxisFormat(USD, FactUnit.MONEY, 8.0e8);
    assertThat(millions.format(5.0e8)).isEqualTo("$500M");
    assertThat(millions.format(2.5e7)).isEqualTo("$25M");
    assertThat(new AxisFormat(USD, FactUnit.MONEY, 5000).format(2500)).isEqualTo("$2,500");
    AxisFormat percent = new AxisFormat(USD, FactUnit.PERCENT, 20);
    assertThat(percent.format(2.5)).isEqualTo("2.5%");
    assertThat(percent.format(0.30000000000000004)).isEqualTo("0.3%");
    assertThat(percent.format(-5)).isEqualTo("-5%");
    assertThat(percent.format(10)).isEqualTo("10%");
  }
}
