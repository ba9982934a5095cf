package io.briefs.chart;

import io.briefs.metrics.Prior;
import io.briefs.metrics.PriorLookup;
import io.briefs.model.CompanyData;
import io.briefs.model.FigurePath;
import io.briefs.model.FiscalQuarter;
import io.briefs.model.Metric;
import io.briefs.model.Quarter;
import io.briefs.narrative.Numbers;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A tiny bar chart of revenue over the quarters up to a brief, for lists of briefs. The SVG holds
 * only shapes made from numbers (no text from the data) and is hidden from screen readers; its
 * {@link #label} says the same in words. Colours come from the page's stylesheet, so the bars
 * follow the light or dark scheme.
 */
public final class Sparkline {
  /** Width of the drawing of eight quarters, in CSS pixels (fewer quarters draw narrower). */
  public static final int WIDTH = 96;
  /** Height of the drawing in CSS pixels. */
  public static final int HEIGHT = 28;
  private static final double GAP = 2;
  private static final int QUARTERS = 8;

  /** Revenue per quarter, oldest first, as one release states it; null where unknown. */
  public record Points(List<FiscalQuarter> quarters, List<BigDecimal> values) {}

  private Sparkline() {}

  /** Revenue for up to eight quarters ending with {@code quarter}'s, as that release sees them. */
  public static Points revenue(CompanyData data, Quarter quarter) {
    PriorLookup lookup = new PriorLookup(data, quarter);
    List<FiscalQuarter> quarters = window(data, quarter.period());
    List<BigDecimal> values = new ArrayList<>();
    for (FiscalQuarter q : quarters) {
      Prior p = lookup.find(q, new FigurePath.Result(Metric.REVENUE));
      values.add(p == null ? null : p.amount().value());
    }
    return new Points(quarters, values);
  }

  /**
   * The points of a sparkline kept as numbers: {@code values} belong to the quarters ending with
   * {@code last}, one each, oldest first.
   */
  public static Points ending(FiscalQuarter last, List<BigDecimal> values) {
    List<FiscalQuarter> quarters = new ArrayList<>();
    FiscalQuarter q = last;
    for (int i = 0; i < values.size(); i++, q = q.previous()) {
      quarters.add(0, q);
    }
    return new Points(quarters, values);
  }

  /** Up to eight quarters ending with {@code last}, from the first the company has data for. */
  static List<FiscalQuarter> window(CompanyData data, FiscalQuarter last) {
    FiscalQuarter first = data.quarters().get(0).period();
    List<FiscalQuarter> out = new ArrayList<>();
    for (FiscalQuarter q = last; out.size() < QUARTERS && q.compareTo(first) >= 0; q = q.previous()) {
      out.add(0, q);
    }
    return out;
  }

  /** Whether there is enough to draw: at least two known values. */
  public static boolean drawable(Points points) {
    return points.values().stream().filter(v -> v != null).count() >= 2;
  }

  /**
   * The SVG: a bar per quarter scaled from zero to the highest value, the latest standing out.
   * Bars keep one width whatever their number (the drawing is as wide as its bars), so a list
   * of briefs lines up and a short history looks short.
   */
  public static String svg(Points points) {
    List<BigDecimal> values = points.values();
    BigDecimal max = values.stream().filter(v -> v != null && v.signum() > 0).max(BigDecimal::compareTo)
        .orElse(BigDecimal.ONE);
    int n = values.size();
    double bar = (WIDTH - GAP * (QUARTERS - 1)) / QUARTERS;
    String width = String.format(Locale.ROOT, "%.1f", n * bar + (n - 1) * GAP);
    StringBuilder svg = new StringBuilder(String.format(Locale.ROOT,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"sparkline\" viewBox=\"0 0 %s %d\" width=\"%s\""
            + " height=\"%d\" aria-hidden=\"true\">", width, HEIGHT, width, HEIGHT));
    for (int i = 0; i < n; i++) {
      BigDecimal v = values.get(i);
      if (v == null || v.signum() <= 0) {
        continue;
      }
      double height = Math.max(1, v.doubleValue() / max.doubleValue() * HEIGHT);
      svg.append(String.format(Locale.ROOT,
          "<rect class=\"%s\" x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\"/>",
          i == n - 1 ? "spark-bar spark-last" : "spark-bar", i * (bar + GAP), HEIGHT - height, bar, height));
    }
    return svg.append("</svg>").toString();
  }

  /** The chart in words: "Revenue, Q2 FY2024 to Q1 FY2026: from $22.2 billion to $23.4 billion". */
  public static String label(Points points, Numbers numbers) {
    List<FiscalQuarter> quarters = points.quarters();
    int first = firstKnown(points.values());
    int last = points.values().size() - 1;
    BigDecimal end = points.values().get(last);
    return "Revenue, " + quarters.get(first).displayName() + " to " + quarters.get(last).displayName()
        + ": from " + numbers.money(points.values().get(first)) + " to "
        + (end == null ? "not reported" : numbers.money(end));
  }

  private static int firstKnown(List<BigDecimal> values) {
    for (int i = 0; i < values.size(); i++) {
      if (values.get(i) != null) {
        return i;
      }
    }
    throw new IllegalArgumentException("no values");
  }
}
