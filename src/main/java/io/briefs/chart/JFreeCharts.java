package io.briefs.chart;

import io.briefs.metrics.Fact;
import io.briefs.narrative.Numbers;
import java.awt.Font;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * Builds a JFreeChart from a {@link ChartSpec}, styled by the theme; a new chart per drawing
 * (charts are not thread-safe). The page shows the title, so the chart has none.
 */
public final class JFreeCharts {
  /** More categories than this turn their labels 45 degrees so they do not collide. */
  private static final int UPRIGHT_LABELS = 12;

  private JFreeCharts() {}

  /** The chart for a spec, styled by the theme. */
  public static JFreeChart build(ChartSpec spec, ChartTheme theme, Numbers numbers) {
    AxisScale scale = AxisScale.of(spec);
    CategoryPlot plot = new CategoryPlot();
    plot.setOrientation(PlotOrientation.VERTICAL);
    plot.setDomainAxis(categoryAxis(spec, theme));
    plot.setRangeAxis(valueAxis(spec, numbers, scale));
    if (spec.kind() == ChartKind.RANGE_VS_ACTUAL) {
      Renderers.range(spec, theme, plot);
    } else {
      plot.setDataset(dataset(spec, 0, spec.series().size()));
      plot.setRenderer(spec.kind() == ChartKind.LINE ? Renderers.lines(spec, theme)
          : Renderers.bars(spec, theme, scale));
    }
    if (plot.getRenderer() instanceof EndLabels labels) {
      ((QuarterAxis) plot.getDomainAxis()).keepRightRoom(labels.room());
    }
    plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
    boolean legend = spec.series().size() > 1 && !Renderers.directlyLabelled(spec);
    JFreeChart chart = new JFreeChart(null, theme.font(Font.BOLD, ChartTheme.LEGEND_SIZE), plot, legend);
    theme.apply(chart);
    legendFonts(plot, theme);
    for (String c : spec.highlights()) {
      plot.getDomainAxis().setTickLabelFont(c, theme.font(Font.BOLD, ChartTheme.TICK_SIZE));
    }
    return chart;
  }

  /** Each series name in a family that can draw it (the legend's default font may not). */
  private static void legendFonts(CategoryPlot plot, ChartTheme theme) {
    for (int r = 0; r < plot.getRendererCount(); r++) {
      var dataset = plot.getDataset(r);
      var renderer = plot.getRenderer(r);
      if (dataset == null || renderer == null) {
        continue;
      }
      for (int s = 0; s < dataset.getRowCount(); s++) {
        String name = String.valueOf(dataset.getRowKey(s));
        ((org.jfree.chart.renderer.AbstractRenderer) renderer)
            .setLegendTextFont(s, theme.font(Font.PLAIN, ChartTheme.LEGEND_SIZE, name));
      }
    }
  }

  /** The values of series {@code from} (inclusive) to {@code to}; a missing value stays null (a gap). */
  static DefaultCategoryDataset dataset(ChartSpec spec, int from, int to) {
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    for (int s = from; s < to; s++) {
      Series series = spec.series().get(s);
      for (int i = 0; i < spec.categories().size(); i++) {
        Fact point = series.points().get(i);
        data.addValue(point == null ? null : point.value(), series.name(), spec.categories().get(i));
      }
    }
    return data;
  }

  private static CategoryAxis categoryAxis(ChartSpec spec, ChartTheme theme) {
    CategoryAxis axis = new QuarterAxis(spec.categories());
    axis.setCategoryMargin(0.25);
    axis.setLowerMargin(0.02);
    axis.setUpperMargin(0.02);
    axis.setMaximumCategoryLabelLines(2);
    if (spec.categories().size() > UPRIGHT_LABELS) {
      axis.setCategoryLabelPositions(CategoryLabelPositions.UP_45);
    }
    return axis;
  }

  private static NumberAxis valueAxis(ChartSpec spec, Numbers numbers, AxisScale scale) {
    NumberAxis axis = new NumberAxis(null);
    double largest = Math.max(Math.abs(scale.lower()), scale.upper());
    AxisFormat format = new AxisFormat(numbers, spec.unit(), largest);
    axis.setNumberFormatOverride(format);
    axis.setAutoRange(false);
    axis.setRange(scale.lower(), scale.upper());
    axis.setTickUnit(new NumberTickUnit(scale.step(), format));
    return axis;
  }
}
