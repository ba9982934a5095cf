package io.briefs.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;

/**
 * The look of every chart, defined once and applied to each chart (never through JFreeChart's
 * global theme). The palette is Okabe and Ito's, distinguishable with colour-vision deficiency;
 * text is near-black on white, far above WCAG AA contrast.
 *
 * @param fontFamily an AWT family registered from the bundled fonts, also used in the PDF
 */
public record ChartTheme(String fontFamily, List<Color> palette, Color text, Color grid, Color background) {

  /** Logical size charts are laid out at, in CSS pixels; PDF and SVG scale this same layout. */
  public static final int WIDTH = 720;

  /** Logical height, in CSS pixels. */
  public static final int HEIGHT = 340;

  /** The house theme. */
  public static ChartTheme standard() {
    return new ChartTheme(
        "Noto Sans",
        List.of(new Color(0x0072B2), new Color(0xE69F00), new Color(0x009E73), new Color(0xCC79A7),
            new Color(0x56B4E9), new Color(0xD55E00), new Color(0x000000)),
        new Color(0x1F2328),
        new Color(0xD0D7DE),
        Color.WHITE);
  }

  /** The colour of the series at {@code index}. */
  public Color color(int index) {
    return palette.get(index % palette.size());
  }

  /** Applies fonts, colours, gridlines and spacing to a category chart. */
  public void apply(JFreeChart chart) {
    chart.setBackgroundPaint(background);
    chart.setAntiAlias(true);
    chart.setTextAntiAlias(true);
    chart.setPadding(new RectangleInsets(4, 4, 4, 8));
    LegendTitle legend = chart.getLegend();
    if (legend != null) {
      legend.setItemFont(font(Font.PLAIN, 13));
      legend.setItemPaint(text);
      legend.setBackgroundPaint(background);
      legend.setFrame(BlockBorder.NONE);
      legend.setPosition(RectangleEdge.TOP);
    }
    CategoryPlot plot = chart.getCategoryPlot();
    plot.setBackgroundPaint(background);
    plot.setOutlineVisible(false);
    plot.setRangeGridlinePaint(grid);
    plot.setRangeGridlineStroke(new BasicStroke(1f));
    plot.setDomainGridlinesVisible(false);
    plot.setRangeZeroBaselineVisible(true);
    plot.setRangeZeroBaselinePaint(text);
    axis(plot.getDomainAxis());
    axis(plot.getRangeAxis());
  }

  private void axis(Axis axis) {
    axis.setTickLabelFont(font(Font.PLAIN, 12));
    axis.setTickLabelPaint(text);
    axis.setLabelFont(font(Font.PLAIN, 12));
    axis.setLabelPaint(text);
    axis.setAxisLineVisible(false);
    axis.setTickMarksVisible(false);
  }

  /** The theme font at a style and size. */
  public Font font(int style, int size) {
    return new Font(fontFamily, style, size);
  }
}
