package io.briefs.chart;

import com.openhtmltopdf.extend.FSObjectDrawer;
import com.openhtmltopdf.extend.OutputDevice;
import com.openhtmltopdf.render.RenderingContext;
import io.briefs.narrative.Numbers;
import java.awt.geom.Rectangle2D;
import java.awt.Shape;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.w3c.dom.Element;

/**
 * Draws charts into the PDF as vector graphics with real text: openhtmltopdf hands us PDFBox's
 * Graphics2D for each {@code <object type="application/x-briefs-chart" data-chart="id">}. One
 * drawer serves one document.
 */
public final class PdfChartDrawer implements FSObjectDrawer {
  /** The object type this drawer is registered for. */
  public static final String TYPE = "application/x-briefs-chart";

  private final Map<String, ChartSpec> charts;
  private final ChartTheme theme;
  private final Numbers numbers;

  /** A drawer for the charts of one document, by id. */
  public PdfChartDrawer(Map<String, ChartSpec> charts, ChartTheme theme, Numbers numbers) {
    this.charts = Map.copyOf(charts);
    this.theme = theme;
    this.numbers = numbers;
  }

  @Override
  public Map<Shape, String> drawObject(Element e, double x, double y, double width, double height,
      OutputDevice outputDevice, RenderingContext ctx, int dotsPerPixel) {
    ChartSpec spec = charts.get(e.getAttribute("data-chart"));
    if (spec == null) {
      throw new IllegalStateException(
          "no chart with id `" + e.getAttribute("data-chart") + "` in this brief");
    }
    float w = (float) (width / dotsPerPixel);
    float h = (float) (height / dotsPerPixel);
    outputDevice.drawWithGraphics((float) x, (float) y, w, h, g2 -> {
      JFreeChart chart = JFreeCharts.build(spec, theme, numbers);
      // laid out for the box at a scale that prints tick labels at TICK_PT whatever the box's
      // size: a chart in a column of figures gets a narrower layout, not smaller text
      double scale = SCALE;
      g2.scale(scale, scale);
      chart.draw(g2, new Rectangle2D.Double(0, 0, w / scale, h / scale));
    });
    return null;
  }

  /** Printed size of tick labels, in points; legends and labels keep their ratio to it. */
  static final double TICK_PT = 7.5;

  /**
   * Layout pixels to the box's CSS pixels (0.75 pt each): 13 px ticks print at 7.5 pt. A 3.4 in
   * column is then laid out about 440 px wide, a little more than the phone drawing.
   */
  static final double SCALE = TICK_PT / 0.75 / ChartTheme.TICK_SIZE;
}
