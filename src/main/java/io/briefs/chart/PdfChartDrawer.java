package io.briefs.chart;

import com.openhtmltopdf.extend.FSObjectDrawer;
import com.openhtmltopdf.extend.OutputDevice;
import com.openhtmltopdf.render.RenderingContext;
import io.briefs.narrative.Numbers;
import java.awt.Rectangle;
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
      throw new IllegalStateException("no chart with id `" + e.getAttribute("data-chart") + "` in this brief");
    }
    float w = (float) (width / dotsPerPixel);
    float h = (float) (height / dotsPerPixel);
    outputDevice.drawWithGraphics((float) x, (float) y, w, h, g2 -> {
      JFreeChart chart = JFreeCharts.build(spec, theme, numbers);
      // lay out at the SVG's logical width and the box's proportions, then scale both axes alike:
      // text keeps its shape whatever height the stylesheet gives the box
      double scale = w / ChartTheme.WIDTH;
      g2.scale(scale, scale);
      chart.draw(g2, new Rectangle(0, 0, ChartTheme.WIDTH, (int) Math.round(h / scale)));
    });
    return null;
  }
}
