package io.briefs.render;

import io.briefs.chart.ChartTheme;
import io.briefs.narrative.Numbers;
import java.awt.Rectangle;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.svg.SVGGraphics2D;

/**
 * Runs each renderer once on a tiny document (a page with a heading, a table and bookmarks, a bar
 * chart as SVG, a social card) so that loading and initialising their classes, which costs a
 * fresh JVM more than rendering a brief, happens on a spare core while the data is still being
 * read and checked. Its output is thrown away; a failure here is left for the real render to
 * report.
 */
public final class Warmup {
  private static final String PAGE = """
      <html lang="en"><head><title>Warm-up</title><meta name="subject" content="Warm-up"/>
      <style>@page { size: letter; margin: 20mm; @bottom-right { content: counter(page); } }
      body { font-family: "Noto Sans", "DejaVu Sans"; } h1 { font-family: "Noto Serif"; }</style>
      <bookmarks><bookmark name="Figures" href="#f"/></bookmarks></head>
      <body><h1>Warm-up</h1><p>Revenue rose <strong>12%</strong> to <em>$10.3 billion</em> \u2212 1.0</p>
      <table id="f"><thead><tr><th>Item</th><th>Value</th></tr></thead>
      <tbody><tr><td>Revenue</td><td>$10.3 billion</td></tr></tbody></table></body></html>
      """;

  private Warmup() {}

  /** Exercises {@code pdf}, the chart library and the social card once. */
  public static void run(PdfRenderer pdf, ChartTheme theme) {
    try {
      DefaultCategoryDataset data = new DefaultCategoryDataset();
      data.addValue(1.0, "Revenue", "Q1");
      data.addValue(2.0, "Revenue", "Q2");
      JFreeChart chart = ChartFactory.createBarChart("Warm-up", null, null, data);
      SVGGraphics2D g2 = new SVGGraphics2D(ChartTheme.WIDTH, ChartTheme.HEIGHT);
      g2.setDefsKeyPrefix("warmup-");
      chart.draw(g2, new Rectangle(0, 0, ChartTheme.WIDTH, ChartTheme.HEIGHT));
      g2.getSVGElement();
      Numbers numbers = new Numbers("USD");
      SocialCard.png("Warm-up", "Revenue rose 12%", null, theme, numbers);
      pdf.render(new PdfRequest(PAGE, Map.of(), numbers, PageSize.LETTER, Instant.EPOCH, List.of()));
    } catch (PdfException | RuntimeException e) {
      // nothing depends on the warm-up: the briefs themselves report what goes wrong
    }
  }
}
