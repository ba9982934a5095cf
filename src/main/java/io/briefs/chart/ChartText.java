package io.briefs.chart;

import io.briefs.metrics.Fact;
import io.briefs.narrative.Numbers;
import io.briefs.narrative.DisplayForm;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
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

  /**
   * How a chart's values are written: as in the text ("$10.3 billion", "9.7%"), with one more
   * decimal for money when two different values of one category would otherwise read the same
   * (a guided range of $1.15 billion to $1.20 billion).
   */
  public static DisplayForm format(ChartSpec spec, Numbers numbers) {
    DisplayForm base = Findings.shown(spec.unit());
    if (base != DisplayForm.MONEY) {
      return base;
    }
    for (int c = 0; c < spec.categories().size(); c++) {
      Map<String, BigDecimal> seen = new HashMap<>();
      for (Series s : spec.series()) {
        Fact p = s.points().get(c);
        BigDecimal other = p == null ? null : seen.putIfAbsent(numbers.money(p.value()), p.value());
        if (other != null && other.compareTo(p.value()) != 0) {
          return DisplayForm.MONEY_PRECISE;
        }
      }
    }
    return base;
  }

  /**
   * A point's value as the data table writes it, in the chart's {@link #format} (worked out once
   * per chart: it looks at every point); a gap reads "–".
   */
  public static String value(DisplayForm form, Fact point, Numbers numbers) {
    return point == null ? GAP : form.format(point.value(), numbers);
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
  public record ShownValue(Fact fact, String text) {}

  /** Every number a chart shows (points and labels, as tabled), for the fact ledger. */
  public static List<ShownValue> shown(ChartSpec spec, Numbers numbers) {
    List<ShownValue> out = new ArrayList<>();
    DisplayForm form = format(spec, numbers);
    for (Series s : spec.series()) {
      for (Fact p : s.points()) {
        if (p != null) {
          out.add(new ShownValue(p, value(form, p, numbers)));
        }
      }
    }
    spec.labels().forEach(l -> out.add(new ShownValue(l.fact(), label(l))));
    return out;
  }
}
