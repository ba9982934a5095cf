package io.briefs.chart;

import java.awt.Color;

/** WCAG 2 contrast between colours: relative luminance and the contrast ratio (1 to 21). */
public final class Contrast {
  /** The ratio normal-size text needs against its background (WCAG AA, 1.4.3). */
  public static final double TEXT_AA = 4.5;

  /** The ratio the parts of a graphic need against what surrounds them (WCAG AA, 1.4.11). */
  public static final double GRAPHIC_AA = 3.0;

  private Contrast() {}

  /** The contrast ratio of two colours: (lighter + 0.05) / (darker + 0.05). */
  public static double ratio(Color a, Color b) {
    double la = luminance(a);
    double lb = luminance(b);
    return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
  }

  /** The relative luminance of an sRGB colour, as WCAG defines it. */
  public static double luminance(Color c) {
    return 0.2126 * channel(c.getRed()) + 0.7152 * channel(c.getGreen()) + 0.0722 * channel(c.getBlue());
  }

  private static double channel(int value) {
    double c = value / 255.0;
    return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
  }

  /** {@code color}, darkened step by step until text in it has {@code needed} contrast on {@code background}. */
  public static Color darkenedFor(Color color, Color background, double needed) {
    Color c = color;
    while (ratio(c, background) < needed && (c.getRed() + c.getGreen() + c.getBlue()) > 0) {
      c = new Color((int) (c.getRed() * 0.9), (int) (c.getGreen() * 0.9), (int) (c.getBlue() * 0.9));
    }
    return c;
  }

  /** Whichever of the two text colours reads better on {@code fill}. */
  public static Color bestText(Color fill, Color dark, Color light) {
    return ratio(fill, dark) >= ratio(fill, light) ? dark : light;
  }
}
