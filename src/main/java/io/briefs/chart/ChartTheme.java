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
 * global theme): the bundled font, a palette from Okabe and Ito's that stays distinguishable with
 * colour-vision deficiency and keeps 3:1 against the background, near-black text far above WCAG
 * AA, light gridlines. Number formats come from {@link AxisFormat} and {@link ChartText}, the
 * same formats the text uses.
 *
 * @param fontFamily an AWT family registered from the bundled fonts, also used in the PDF
 * @param palette series colours, in order
 * @param text axis, legend and label text
 * @param light text drawn on dark fills
 * @param grid gridlines
 */
public record ChartTheme(String fontFamily, List<Color> palette, Color text, Color light, Color grid,
    Color background) {

  /** Logical width charts are laid out at, in CSS pixels; PDF and SVG scale this same layout. */
  public static final int WIDTH = 720;

  /** Logical height, in CSS pixels. */
  public static final int HEIGHT = 340;

  /** Size of axis tick labels, in CSS pixels. */
  public static final int TICK_SIZE = 13;

  /** Size of the legend. */
  public static final int LEGEND_SIZE = 13;

  /** Size of labels on bars. */
  public static final int LABEL_SIZE = 12;

  /** Families tried, in order, for chart text the main family cannot draw (Greek, CJK...). */
  public static final List<String> FALLBACKS = List.of("DejaVu Sans", "Droid Sans Fallback");

  /**
   * The family a text is drawn in: the theme's family when it has every glyph, otherwise the
   * first fallback that has (a Japanese segment name, a Greek KPI). Each text is one string in
   * one family: a PDF Graphics2D has no per-glyph fallback.
   */
  public String familyFor(String text) {
    if (canDraw(fontFamily, text)) {
      return fontFamily;
    }
    return FALLBACKS.stream().filter(f -> canDraw(f, text)).findFirst().orElse(fontFamily);
  }

  private static boolean canDraw(String family, String text) {
    Font font = new Font(family, Font.PLAIN, 12);
    return font.getFamily(java.util.Locale.ROOT).equals(family) && font.canDisplayUpTo(text) == -1;
  }

  /** The font for a text at a style and size, in the family that can draw it. */
  public Font font(int style, int size, String text) {
    return new Font(familyFor(text), style, size);
  }

  /** The house theme. */
  public static ChartTheme standard() {
    return new ChartTheme(
        "Noto Sans",
        List.of(new Color(0x0072B2), new Color(0xD55E00), new Color(0x009E73), new Color(0xCC79A7),
            new Color(0x000000)),
        new Color(0x1F2328),
        Color.WHITE,
        new Color(0xD0D7DE),
        Color.WHITE);
  }

  /** Copies the palette. */
  public ChartTheme {
    palette = List.copyOf(palette);
  }

  /** The colour of the series at {@code index}. */
  public Color color(int index) {
    return palette.get(index % palette.size());
  }

  /** The text colour for a label drawn on the series' colour: whichever contrasts more. */
  public Color textOn(int index) {
    return Contrast.bestText(color(index), Color.BLACK, light);
  }

  /** Applies fonts, colours, gridlines and spacing to a category chart. */
  public void apply(JFreeChart chart) {
    chart.setBackgroundPaint(background);
    chart.setAntiAlias(true);
    chart.setTextAntiAlias(true);
    chart.setPadding(new RectangleInsets(10, 4, 4, 8));
    LegendTitle legend = chart.getLegend();
    if (legend != null) {
      legend.setItemFont(font(Font.PLAIN, LEGEND_SIZE));
      legend.setItemPaint(text);
      legend.setBackgroundPaint(background);
      legend.setFrame(BlockBorder.NONE);
      legend.setPosition(RectangleEdge.TOP);
      legend.setItemLabelPadding(new RectangleInsets(2, 4, 2, 12));
    }
    CategoryPlot plot = chart.getCategoryPlot();
    plot.setBackgroundPaint(background);
    plot.setOutlineVisible(false);
    plot.setRangeGridlinePaint(grid);
    plot.setRangeGridlineStroke(new BasicStroke(1f));
    plot.setDomainGridlinesVisible(false);
    plot.setRangeZeroBaselineVisible(true);
    plot.setRangeZeroBaselinePaint(text);
    plot.setRangeZeroBaselineStroke(new BasicStroke(1f));
    plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
    axis(plot.getDomainAxis());
    axis(plot.getRangeAxis());
  }

  private void axis(Axis axis) {
    axis.setTickLabelFont(font(Font.PLAIN, TICK_SIZE));
    axis.setTickLabelPaint(text);
    axis.setLabelFont(font(Font.PLAIN, TICK_SIZE));
    axis.setLabelPaint(text);
    axis.setAxisLineVisible(false);
    axis.setTickMarksVisible(false);
  }

  /** The theme font at a style and size. */
  public Font font(int style, int size) {
    return new Font(fontFamily, style, size);
  }
}
