package io.briefs.render;

import io.briefs.chart.ChartSpec;
import io.briefs.chart.ChartTheme;
import io.briefs.chart.JFreeCharts;
import io.briefs.narrative.Numbers;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.font.FontRenderContext;
import java.awt.font.LineBreakMeasurer;
import java.awt.font.TextAttribute;
import java.awt.font.TextLayout;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.text.AttributedString;
import java.util.ArrayList;
import java.util.List;

/**
 * The 1200x630 PNG shown when a brief is shared (Open Graph, Twitter): the kicker, the headline
 * and the key chart, drawn with the bundled fonts. The PNG has no time stamp or other metadata,
 * so the same brief gives the same bytes on the same JDK.
 */
public final class SocialCard {
  /** Card width in pixels, as social networks expect. */
  public static final int WIDTH = 1200;
  /** Card height in pixels. */
  public static final int HEIGHT = 630;

  private static final int MARGIN = 56;
  private static final int MAX_HEADLINE_LINES = 3;
  private static final Color MUTED = new Color(0x57606A);

  private SocialCard() {}

  /** The card of a brief: its company and period, its headline and its first (key) chart. */
  public static byte[] of(BriefPage page, List<ChartSpec> charts, ChartTheme theme, Numbers numbers) {
    String kicker = page.company().name() + " \u00b7 " + page.periodDisplay() + " earnings";
    return png(kicker, page.headline(), charts.isEmpty() ? null : charts.get(0), theme, numbers);
  }

  /** The card's image: {@code chart} may be null, leaving the headline alone. */
  public static byte[] png(String kicker, String headline, ChartSpec chart, ChartTheme theme,
      Numbers numbers) {
    BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_3BYTE_BGR);
    Graphics2D g = image.createGraphics();
    try {
      hints(g);
      g.setColor(theme.background());
      g.fillRect(0, 0, WIDTH, HEIGHT);
      g.setColor(theme.color(0));
      g.fillRect(0, 0, WIDTH, 10);
      float y = MARGIN + 10;
      g.setColor(MUTED);
      g.setFont(new Font("Noto Sans", Font.PLAIN, 24));
      g.drawString(kicker, MARGIN, y + 18);
      y += 36;
      y = headline(g, headline, theme, y);
      if (chart != null) {
        g.setColor(MUTED);
        g.setFont(new Font("Noto Sans", Font.BOLD, 20));
        g.drawString(chart.title(), MARGIN, y + 34);
        chart(g, chart, theme, numbers, y + 44);
      }
    } finally {
      g.dispose();
    }
    return Png.encode(image);
  }

  private static void hints(Graphics2D g) {
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
    g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
    g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
  }

  /** Draws the headline in up to three lines, smaller when it would need more; returns the y below it. */
  private static float headline(Graphics2D g, String text, ChartTheme theme, float top) {
    List<TextLayout> lines = List.of();
    Font font = null;
    for (int size = 48; size >= 32 && (lines.isEmpty() || lines.size() > MAX_HEADLINE_LINES); size -= 2) {
      font = new Font("Noto Serif", Font.BOLD, size);
      lines = wrap(text, font, g.getFontRenderContext());
    }
    // still too long at the smallest size: cut at a word and say so
    String cut = text;
    while (lines.size() > MAX_HEADLINE_LINES && cut.lastIndexOf(' ') > 0) {
      cut = cut.substring(0, cut.lastIndexOf(' '));
      lines = wrap(cut + "\u2026", font, g.getFontRenderContext());
    }
    g.setColor(theme.text());
    float y = top;
    for (TextLayout line : lines) {
      y += line.getAscent();
      line.draw(g, MARGIN, y);
      y += line.getDescent() + line.getLeading();
    }
    return y;
  }

  private static List<TextLayout> wrap(String text, Font font, FontRenderContext frc) {
    AttributedString s = new AttributedString(text);
    s.addAttribute(TextAttribute.FONT, font);
    LineBreakMeasurer measurer = new LineBreakMeasurer(s.getIterator(), frc);
    List<TextLayout> lines = new ArrayList<>();
    while (measurer.getPosition() < text.length()) {
      lines.add(measurer.nextLayout(WIDTH - 2 * MARGIN));
    }
    return lines;
  }

  /** The chart at its web layout width, scaled up evenly to fill the rest of the card. */
  private static void chart(Graphics2D g, ChartSpec spec, ChartTheme theme, Numbers numbers, float top) {
    double width = WIDTH - 2.0 * MARGIN;
    double scale = width / ChartTheme.WIDTH;
    double height = (HEIGHT - MARGIN / 2.0 - top) / scale;
    Graphics2D c = (Graphics2D) g.create();
    try {
      c.translate(MARGIN, top);
      c.scale(scale, scale);
      JFreeCharts.build(spec, theme, numbers).draw(c, new Rectangle2D.Double(0, 0, ChartTheme.WIDTH, height));
    } finally {
      c.dispose();
    }
  }
}
