package io.briefs.chart;

import io.briefs.metrics.Fact;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.labels.CategoryItemLabelGenerator;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.AbstractCategoryItemRenderer;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.IntervalBarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.category.DefaultIntervalCategoryDataset;

/** The JFreeChart renderers of each chart kind, coloured and labelled from the theme. */
final class Renderers {
  /** Series markers differ in shape as well as colour, for readers who cannot tell the colours apart. */
  private static final List<Shape> SHAPES = List.of(
      new Ellipse2D.Double(-4, -4, 8, 8), new Rectangle2D.Double(-3.5, -3.5, 7, 7), diamond(5),
      triangle(5), new Rectangle2D.Double(-4, -1.5, 8, 3));

  /** Share of the axis a stacked part must span to carry its label inside. */
  private static final double LABEL_FITS = 0.07;

  private Renderers() {}

  static BarRenderer bars(ChartSpec spec, ChartTheme theme, AxisScale scale) {
    boolean stacked = spec.kind() == ChartKind.STACKED_BAR;
    BarRenderer r = stacked ? new StackedBarRenderer() : new BarRenderer();
    r.setBarPainter(new StandardBarPainter());
    r.setShadowVisible(false);
    // thin lines in the background colour keep neighbouring parts of a stack apart
    r.setDrawBarOutline(stacked);
    r.setMaximumBarWidth(0.09);
    r.setItemMargin(0.05);
    for (int i = 0; i < spec.series().size(); i++) {
      r.setSeriesPaint(i, theme.color(i));
      r.setSeriesOutlinePaint(i, theme.background());
      r.setSeriesOutlineStroke(i, new BasicStroke(1f));
    }
    labels(r, spec, theme, scale);
    return r;
  }

  /**
   * Lines with markers; two or more lines carry their names beside their last points
   * ({@link EndLabels}) in their colour, darkened where needed to read as text.
   */
  static LineAndShapeRenderer lines(ChartSpec spec, ChartTheme theme) {
    LineAndShapeRenderer r = new LineAndShapeRenderer(true, true);
    if (directlyLabelled(spec)) {
      List<String> names = spec.series().stream().map(Series::name).toList();
      List<Color> colors = new ArrayList<>();
      for (int i = 0; i < names.size(); i++) {
        colors.add(Contrast.darkenedFor(theme.color(i), theme.background(), Contrast.TEXT_AA));
      }
      String all = String.join(" ", EndLabels.shortNames(names));
      r = new EndLabels(names, theme.font(Font.PLAIN, ChartTheme.LABEL_SIZE, all), colors);
    }
    for (int i = 0; i < spec.series().size(); i++) {
      r.setSeriesPaint(i, theme.color(i));
      r.setSeriesStroke(i, new BasicStroke(2.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
      r.setSeriesShape(i, SHAPES.get(i % SHAPES.size()));
    }
    return r;
  }

  /** Whether a chart names its lines beside them rather than in a legend. */
  static boolean directlyLabelled(ChartSpec spec) {
    return spec.kind() == ChartKind.LINE && spec.series().size() > 1;
  }

  /** The guided ranges as floating bars (dataset 0) and the actuals as markers on top (dataset 1). */
  static void range(ChartSpec spec, ChartTheme theme, CategoryPlot plot) {
    int n = spec.categories().size();
    Number[][] starts = new Number[1][n];
    Number[][] ends = new Number[1][n];
    for (int i = 0; i < n; i++) {
      starts[0][i] = value(spec.series().get(0).points().get(i));
      ends[0][i] = value(spec.series().get(1).points().get(i));
    }
    DefaultIntervalCategoryDataset ranges = new DefaultIntervalCategoryDataset(
        new Comparable<?>[] {"Guided range"}, spec.categories().toArray(new Comparable<?>[0]), starts, ends);
    IntervalBarRenderer bars = new IntervalBarRenderer();
    bars.setBarPainter(new StandardBarPainter());
    bars.setShadowVisible(false);
    bars.setDrawBarOutline(false);
    bars.setMaximumBarWidth(0.06);
    bars.setMinimumBarLength(2);
    bars.setSeriesPaint(0, theme.color(0));
    plot.setDataset(0, ranges);
    plot.setRenderer(0, bars);
    LineAndShapeRenderer actual = new LineAndShapeRenderer(false, true);
    actual.setSeriesPaint(0, theme.text());
    actual.setSeriesShape(0, diamond(7));
    actual.setUseOutlinePaint(true);
    actual.setDrawOutlines(true);
    actual.setSeriesOutlinePaint(0, theme.background());
    actual.setSeriesOutlineStroke(0, new BasicStroke(1.5f));
    plot.setDataset(1, JFreeCharts.dataset(spec, 2, 3));
    plot.setRenderer(1, actual);
  }

  private static Number value(Fact f) {
    return f == null ? null : f.value();
  }

  /** Labels from the spec: a change above its bar (below a negative one), a share inside its part. */
  private static void labels(AbstractCategoryItemRenderer r, ChartSpec spec, ChartTheme theme,
      AxisScale scale) {
    if (spec.labels().isEmpty()) {
      return;
    }
    r.setDefaultItemLabelGenerator(new SpecLabels(spec, scale));
    r.setDefaultItemLabelsVisible(true);
    r.setDefaultItemLabelFont(theme.font(Font.PLAIN, ChartTheme.LABEL_SIZE));
    for (int s = 0; s < spec.series().size(); s++) {
      int series = s;
      boolean share = spec.labels().stream()
          .anyMatch(l -> l.series() == series && l.kind() == PointLabel.Role.SHARE);
      if (share) {
        ItemLabelPosition centre = new ItemLabelPosition(ItemLabelAnchor.CENTER, TextAnchor.CENTER);
        r.setSeriesItemLabelPaint(s, theme.textOn(s));
        r.setSeriesPositiveItemLabelPosition(s, centre);
        r.setSeriesNegativeItemLabelPosition(s, centre);
      } else {
        r.setSeriesItemLabelPaint(s, theme.text());
        r.setSeriesPositiveItemLabelPosition(s,
            new ItemLabelPosition(ItemLabelAnchor.OUTSIDE12, TextAnchor.BOTTOM_CENTER));
        r.setSeriesNegativeItemLabelPosition(s,
            new ItemLabelPosition(ItemLabelAnchor.OUTSIDE6, TextAnchor.TOP_CENTER));
      }
    }
  }

  /** Reads each point's label from the spec; hides a share that would not fit inside its part. */
  private record SpecLabels(ChartSpec spec, AxisScale scale) implements CategoryItemLabelGenerator {
    @Override
    public String generateLabel(CategoryDataset dataset, int row, int column) {
      PointLabel l = spec.label(row, column);
      if (l == null) {
        return null;
      }
      Fact point = spec.series().get(row).points().get(column);
      double span = scale.upper() - scale.lower();
      if (l.kind() == PointLabel.Role.SHARE && Math.abs(point.value().doubleValue()) < span * LABEL_FITS) {
        return null;
      }
      return ChartText.label(l);
    }

    @Override
    public String generateRowLabel(CategoryDataset dataset, int row) {
      return spec.series().get(row).name();
    }

    @Override
    public String generateColumnLabel(CategoryDataset dataset, int column) {
      return spec.categories().get(column);
    }
  }

  private static Shape diamond(double r) {
    Path2D.Double p = new Path2D.Double();
    p.moveTo(0, -r);
    p.lineTo(r, 0);
    p.lineTo(0, r);
    p.lineTo(-r, 0);
    p.closePath();
    return p;
  }

  private static Shape triangle(double r) {
    Path2D.Double p = new Path2D.Double();
    p.moveTo(0, -r);
    p.lineTo(r, r * 0.8);
    p.lineTo(-r, r * 0.8);
    p.closePath();
    return p;
  }
}
