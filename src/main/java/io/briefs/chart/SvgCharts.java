package io.briefs.chart;

import io.briefs.narrative.Numbers;
import java.awt.Rectangle;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;

/**
 * Draws a chart as inline SVG: scalable (a view box, no fixed size), text kept as text in the
 * page's font, ids stable and unique per page, coordinates rounded to 0.01 so the same input
 * gives the same bytes, and a title and description for screen readers.
 */
public final class SvgCharts {
  private SvgCharts() {}

  /** The width and height of the narrow drawing, laid out for phone screens. */
  static final int NARROW_WIDTH = 400;
  static final int NARROW_HEIGHT = 320;

  /** The SVG element for a spec; every id in it starts with {@link #id(ChartSpec)}. */
  public static String render(ChartSpec spec, ChartTheme theme, Numbers numbers) {
    return draw(JFreeCharts.build(spec, theme, numbers), spec, theme, ChartTheme.WIDTH, ChartTheme.HEIGHT, id(spec),
        null);
  }

  /**
   * A chart for a web page: the wide drawing and a narrow one, which the stylesheet shows on
   * phones instead. Scaled down to a phone's width, the wide drawing's text would be about 5 px.
   */
  public static String web(ChartSpec spec, ChartTheme theme, Numbers numbers) {
    // one chart object, laid out twice: drawing does not change it
    JFreeChart chart = JFreeCharts.build(spec, theme, numbers);
    return draw(chart, spec, theme, ChartTheme.WIDTH, ChartTheme.HEIGHT, id(spec), "chart-wide")
        + draw(chart, spec, theme, NARROW_WIDTH, NARROW_HEIGHT, id(spec) + "-narrow", "chart-narrow");
  }

  private static String draw(JFreeChart chart, ChartSpec spec, ChartTheme theme, int width, int height, String id,
      String cssClass) {
    SVGGraphics2D g2 = new SVGGraphics2D(width, height);
    // the default prefix contains System.nanoTime(): set it for stable, per-page-unique ids
    g2.setDefsKeyPrefix(id + "-");
    g2.setGeomDoubleConverter(SvgCharts::fixed);
    g2.setTransformDoubleConverter(SvgCharts::fixed);
    // no quotes: JFreeSVG writes the style attribute in single quotes
    String family = theme.fontFamily();
    g2.setFontFunction(f -> family + ", sans-serif");
    chart.draw(g2, new Rectangle(0, 0, width, height));
    String svg = g2.getSVGElement(id, false, new ViewBox(0, 0, width, height), null, null);
    return accessible(svg, id, spec, cssClass);
  }

  /** The id of a chart's SVG element: {@code chart-revenue}. */
  public static String id(ChartSpec spec) {
    return "chart-" + spec.id();
  }

  /** Drops JFreeSVG's own namespace (invalid in HTML) and adds role, title, description and class. */
  static String accessible(String svg, String id, ChartSpec spec, String cssClass) {
    String cleaned = svg.replaceFirst(" xmlns:jfreesvg=(['\"])[^'\"]*\\1", "");
    int end = cleaned.indexOf('>');
    String open = cleaned.substring(0, end);
    String rest = cleaned.substring(end + 1);
    String classes = cssClass == null ? "" : " class=\"" + cssClass + "\"";
    return open + classes + " role=\"img\" aria-labelledby=\"" + id + "-title " + id + "-desc\">"
        + "<title id=\"" + id + "-title\">" + escape(spec.title()) + "</title>"
        + "<desc id=\"" + id + "-desc\">" + escape(spec.descriptionText()) + "</desc>" + rest;
  }

  /** A coordinate with at most two decimals, no exponent, no negative zero. */
  static String fixed(double value) {
    BigDecimal d = BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
    if (d.signum() == 0) {
      return "0";
    }
    return d.scale() < 0 ? d.setScale(0).toPlainString() : d.toPlainString();
  }

  static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
