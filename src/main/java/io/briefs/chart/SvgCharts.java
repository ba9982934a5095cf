package io.briefs.chart;

import io.briefs.narrative.Numbers;
import java.awt.Rectangle;
import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;

/**
 * Draws a chart as inline SVG: scalable (a view box, no fixed size), text kept as text in the
 * page's font, ids stable and unique per page, and a title and description for screen readers.
 */
public final class SvgCharts {
  private SvgCharts() {}

  /** The SVG element for a spec; ids start with {@code "chart-" + spec.id()}. */
  public static String render(ChartSpec spec, ChartTheme theme, Numbers numbers) {
    JFreeChart chart = JFreeCharts.build(spec, theme, numbers);
    SVGGraphics2D g2 = new SVGGraphics2D(ChartTheme.WIDTH, ChartTheme.HEIGHT);
    String id = "chart-" + spec.id();
    // the default prefix contains System.nanoTime(): set it for stable, per-page-unique ids
    g2.setDefsKeyPrefix(id + "-");
    // no quotes: JFreeSVG writes the style attribute in single quotes
    String family = theme.fontFamily();
    g2.setFontFunction(f -> family + ", sans-serif");
    chart.draw(g2, new Rectangle(0, 0, ChartTheme.WIDTH, ChartTheme.HEIGHT));
    String svg = g2.getSVGElement(id, false, new ViewBox(0, 0, ChartTheme.WIDTH, ChartTheme.HEIGHT), null, null);
    return accessible(svg, id, spec);
  }

  /** Drops JFreeSVG's own namespace (invalid in HTML) and adds role, title and description. */
  private static String accessible(String svg, String id, ChartSpec spec) {
    String cleaned = svg.replaceFirst(" xmlns:jfreesvg=(['\"])[^'\"]*\\1", "");
    int end = cleaned.indexOf('>');
    String open = cleaned.substring(0, end);
    String rest = cleaned.substring(end + 1);
    return open + " role=\"img\" aria-labelledby=\"" + id + "-title " + id + "-desc\">"
        + "<title id=\"" + id + "-title\">" + escape(spec.title()) + "</title>"
        + "<desc id=\"" + id + "-desc\">" + escape(spec.description()) + "</desc>" + rest;
  }

  static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
