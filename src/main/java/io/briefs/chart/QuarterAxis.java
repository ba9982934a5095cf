package io.briefs.chart;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.text.TextBlock;
import org.jfree.chart.ui.RectangleEdge;

/**
 * The category axis of every chart. Quarters read as the text names them, with the fiscal year
 * written once, under the first quarter shown and under each first quarter of a year ("Q1" over
 * "FY2026", then "Q2", "Q3"): eight quarters in a column of figures wrapped "FY2025" into "F..."
 * when every label carried its year. The axis can also keep room at its right end for the labels
 * drawn beside the last points of lines ({@link EndLabels}).
 */
final class QuarterAxis extends CategoryAxis {
  /** "Q1 FY2026", with the mark of a revised quarter after either part. */
  private static final Pattern QUARTER = Pattern.compile("(Q[1-4])(\\*?) (FY\\d{4})(\\*?)");

  private final List<String> categories;
  private double rightRoom;

  QuarterAxis(List<String> categories) {
    super(null);
    this.categories = List.copyOf(categories);
  }

  /** Keeps {@code pixels} free at the right end of the plot, whatever its width. */
  void keepRightRoom(double pixels) {
    this.rightRoom = pixels;
  }

  @Override
  public AxisState draw(Graphics2D g2, double cursor, Rectangle2D plotArea, Rectangle2D dataArea,
      RectangleEdge edge, PlotRenderingInfo plotState) {
    if (rightRoom > 0 && dataArea.getWidth() > 0) {
      // the axis is drawn before the data: the renderer then places points with this margin
      setUpperMargin(Math.min(0.4, rightRoom / dataArea.getWidth()));
    }
    return super.draw(g2, cursor, plotArea, dataArea, edge, plotState);
  }

  @Override
  protected TextBlock createLabel(Comparable category, float width, RectangleEdge edge, Graphics2D g2) {
    String[] lines = lines(categories, categories.indexOf(category.toString()));
    if (lines == null) {
      return super.createLabel(category, width, edge, g2);
    }
    TextBlock block = new TextBlock();
    for (String line : lines) {
      block.addLine(line, getTickLabelFont(category), getTickLabelPaint(category));
    }
    return block;
  }

  /**
   * The lines of the label at {@code index}: the quarter, then its fiscal year when it is the
   * first shown or differs from the one before; null for a label that is not a quarter.
   */
  static String[] lines(List<String> categories, int index) {
    if (index < 0) {
      return null;
    }
    Matcher m = QUARTER.matcher(categories.get(index));
    if (!m.matches()) {
      return null;
    }
    String quarter = m.group(1) + m.group(2) + m.group(4);
    if (index > 0) {
      Matcher before = QUARTER.matcher(categories.get(index - 1));
      if (before.matches() && before.group(3).equals(m.group(3))) {
        return new String[] {quarter};
      }
    }
    return new String[] {quarter, m.group(3)};
  }
}
