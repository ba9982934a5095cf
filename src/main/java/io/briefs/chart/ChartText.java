package io.briefs.chart;

import io.briefs.metrics.Fact;
import io.briefs.metrics.FactUnit;
import io.briefs.narrative.Numbers;
import java.util.ArrayList;
import java.util.List;

/**
 * How a chart's numbers read, in one place: the data table, the labels on the drawing and the
 * fact ledger all use these formats, which are the text's ("$10.3 billion", "9.7%", "+5%").
 */
public final class ChartText {
  /** What an empty cell or a missing point reads. */
  public static final String GAP = "\u2013";

  private ChartText() {}

  /** A point's value as the data table writes it. */
  public static String value(FactUnit unit, Fact point, Numbers numbers) {
    if (point == null) {
      return GAP;
    }
    return switch (unit) {
      case MONEY -> numbers.money(point.value());
      case PER_SHARE -> numbers.perShare(point.value());
      case PERCENT -> Numbers.percent1(point.value());
      default -> Numbers.count(point.value());
    };
  }

  /** A label as drawn and tabled: "+5%", "\u221216%", "0%" for a change; "44%" for a share. */
  public static String label(PointLabel label) {
    return switch (label.kind()) {
      case CHANGE -> {
        String size = Numbers.growth(label.fact().value());
        int sign = label.fact().value().signum();
        yield (size.equals("0%") || sign == 0 ? "" : sign > 0 ? "+" : "\u2212") + size;
      }
      case SHARE -> Numbers.percent0(label.fact().value());
    };
  }

  /** A number a chart shows, with its fact. */
  public record Shown(Fact fact, String text) {}

  /** Every number a chart shows (points and labels, as tabled), for the fact ledger. */
  public static List<Shown> shown(ChartSpec spec, Numbers numbers) {
    List<Shown> out = new ArrayList<>();
    for (Series s : spec.series()) {
      for (Fact p : s.points()) {
        if (p != null) {
          out.add(new Shown(p, value(spec.unit(), p, numbers)));
        }
      }
    }
    spec.labels().forEach(l -> out.add(new Shown(l.fact(), label(l))));
    return out;
  }
}
