package io.briefs.chart;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.font.FontRenderContext;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.renderer.category.CategoryItemRendererState;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.data.category.CategoryDataset;

/**
 * Lines labelled directly: each series' name beside its last point instead of a legend the eye
 * must go back and forth to. Names close in value are moved apart so no two labels overlap, and
 * the words every name shares are left to the title ("AI server orders, shipments and backlog"
 * labels its lines "Orders", "Shipments", "Backlog").
 */
final class EndLabels extends LineAndShapeRenderer {
  /** Space between a point and its label, in layout pixels. */
  static final double GAP = 7;

  private final List<String> names;
  private final Font font;
  private final List<Color> colors;
  private double[] labelY = new double[0];

  EndLabels(List<String> seriesNames, Font font, List<Color> colors) {
    super(true, true);
    this.names = shortNames(seriesNames);
    this.font = font;
    this.colors = List.copyOf(colors);
  }

  /** The label of each series, in order. */
  List<String> names() {
    return names;
  }

  /** The room labels need right of the last point: the widest name and the gap, in layout pixels. */
  double room() {
    FontRenderContext frc = new FontRenderContext(null, true, true);
    return GAP + names.stream().mapToDouble(n -> font.getStringBounds(n, frc).getWidth()).max().orElse(0) + 2;
  }

  @Override
  public CategoryItemRendererState initialise(Graphics2D g2, Rectangle2D dataArea, CategoryPlot plot,
      int rendererIndex, PlotRenderingInfo info) {
    CategoryItemRendererState state = super.initialise(g2, dataArea, plot, rendererIndex, info);
    labelY = place(plot, dataArea, g2.getFontMetrics(font).getHeight());
    return state;
  }

  /** Each label's baseline centre: at its last point, then spread so labels keep a line apart. */
  private double[] place(CategoryPlot plot, Rectangle2D area, double lineHeight) {
    CategoryDataset data = plot.getDataset();
    ValueAxis axis = plot.getRangeAxis();
    int n = data.getRowCount();
    double[] y = new double[n];
    Integer[] order = new Integer[n];
    for (int s = 0; s < n; s++) {
      Number v = data.getValue(s, last(data, s));
      y[s] = axis.valueToJava2D(v.doubleValue(), area, plot.getRangeAxisEdge());
      order[s] = s;
    }
    Arrays.sort(order, Comparator.comparingDouble(s -> y[s]));
    double top = area.getMinY() + lineHeight / 2;
    double bottom = area.getMaxY() - lineHeight / 2;
    double previous = Double.NEGATIVE_INFINITY;
    for (Integer s : order) {
      y[s] = Math.max(Math.max(y[s], top), previous + lineHeight);
      previous = y[s];
    }
    // pushed past the bottom: move the stack back up, keeping the spacing
    double next = Double.POSITIVE_INFINITY;
    for (int i = n - 1; i >= 0; i--) {
      int s = order[i];
      y[s] = Math.min(Math.min(y[s], bottom), next - lineHeight);
      next = y[s];
    }
    return y;
  }

  @Override
  public void drawItem(Graphics2D g2, CategoryItemRendererState state, Rectangle2D dataArea, CategoryPlot plot,
      CategoryAxis domainAxis, ValueAxis rangeAxis, CategoryDataset dataset, int row, int column, int pass) {
    super.drawItem(g2, state, dataArea, plot, domainAxis, rangeAxis, dataset, row, column, pass);
    if (pass != 1 || row >= labelY.length || column != last(dataset, row)) {
      return;
    }
    double x = domainAxis.getCategoryMiddle(column, dataset.getColumnCount(), dataArea, plot.getDomainAxisEdge());
    FontMetrics m = g2.getFontMetrics(font);
    g2.setFont(font);
    g2.setPaint(colors.get(row));
    g2.drawString(names.get(row), (float) (x + GAP), (float) (labelY[row] + m.getAscent() / 2.0 - 1));
  }

  /** The index of a series' last value. */
  private static int last(CategoryDataset data, int row) {
    for (int c = data.getColumnCount() - 1; c >= 0; c--) {
      if (data.getValue(row, c) != null) {
        return c;
      }
    }
    return 0;
  }

  /** The names without the leading words all of them share, first letter raised. */
  static List<String> shortNames(List<String> names) {
    int common = TrendCharts.commonLeadingWords(names.stream().map(n -> Arrays.asList(n.split(" "))).toList());
    List<String> out = new ArrayList<>();
    for (String name : names) {
      String[] words = name.split(" ");
      String rest = String.join(" ", Arrays.asList(words).subList(common, words.length));
      out.add(common == 0 ? name : Character.toUpperCase(rest.charAt(0)) + rest.substring(1));
    }
    return out;
  }
}
