package io.briefs.chart;

import io.briefs.metrics.Fact;
import io.briefs.narrative.Numbers;
import java.awt.Font;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.CategoryItemRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;

/** Builds a JFreeChart from a {@link ChartSpec}; a new chart per drawing (they are not thread-safe). */
public final class JFreeCharts {
  private JFreeCharts() {}

  /** The chart for a spec, styled by the theme; its title is left to the page. */
  public static JFreeChart build(ChartSpec spec, ChartTheme theme, Numbers numbers) {
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    for (Series s : spec.series()) {
      for (int i = 0; i < spec.categories().size(); i++) {
        Fact point = s.points().get(i);
        // a missing value stays null: drawn as a gap, never as zero
        data.addValue(point == null ? null : point.value(), s.name(), spec.categories().get(i));
      }
    }
    NumberAxis values = new NumberAxis(null);
    values.setNumberFormatOverride(new AxisFormat(numbers, spec.unit()));
    values.setAutoRangeIncludesZero(true);
    CategoryAxis categories = new CategoryAxis(null);
    categories.setCategoryMargin(0.25);
    categories.setLowerMargin(0.02);
    categories.setUpperMargin(0.02);
    CategoryPlot plot = new CategoryPlot(data, categories, values, renderer(spec, theme));
    plot.setOrientation(PlotOrientation.VERTICAL);
    JFreeChart chart = new JFreeChart(null, theme.font(Font.BOLD, 14), plot, spec.series().size() > 1);
    theme.apply(chart);
    return chart;
  }

  private static CategoryItemRenderer renderer(ChartSpec spec, ChartTheme theme) {
    CategoryItemRenderer renderer = switch (spec.kind()) {
      case STACKED_BAR -> bars(new StackedBarRenderer());
      case GROUPED_BAR -> bars(new BarRenderer());
      case LINE -> new LineAndShapeRenderer(true, true);
    };
    for (int i = 0; i < spec.series().size(); i++) {
      renderer.setSeriesPaint(i, theme.color(i));
    }
    return renderer;
  }

  private static BarRenderer bars(BarRenderer r) {
    r.setBarPainter(new StandardBarPainter());
    r.setShadowVisible(false);
    r.setDrawBarOutline(false);
    r.setMaximumBarWidth(0.09);
    r.setItemMargin(0.05);
    return r;
  }
}
