package io.briefs.chart;

import io.briefs.metrics.Fact;
import io.briefs.metrics.FactUnit;
import io.briefs.metrics.FactUnits;
import io.briefs.metrics.GuidanceOutcome.Position;
import io.briefs.model.FiscalQuarter;
import io.briefs.model.Metric;
import io.briefs.narrative.Direction;
import io.briefs.narrative.FlatRule;
import io.briefs.narrative.Names;
import io.briefs.narrative.Prose;
import io.briefs.narrative.DisplayForm;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The range guided a quarter earlier for each quarter, against what came in. */
final class GuidanceChart {
  private GuidanceChart() {}

  /** The chart for one guided metric, or null when no quarter has both a range and an actual. */
  static ChartSpec of(ChartContext p, Metric metric) {
    List<GuidedQuarter> all = new ArrayList<>();
    List<Fact> low = new ArrayList<>();
    List<Fact> high = new ArrayList<>();
    List<Fact> actual = new ArrayList<>();
    for (FiscalQuarter q : p.quarters()) {
      GuidedQuarter g = p.history().guided(metric, q);
      boolean bounded = g != null && g.low() != null && g.high() != null;
      all.add(bounded ? g : null);
      low.add(bounded ? g.low() : null);
      high.add(bounded ? g.high() : null);
      actual.add(bounded ? g.actual() : null);
    }
    Grid grid = new Grid(p.quarters());
    if (grid.add("Guided low", low) < 0 || grid.add("Guided high", high) < 0
        || grid.add("Actual", actual) < 0 || actual.get(actual.size() - 1) == null) {
      return null;
    }
    int dropped = p.quarters().size() - grid.trimmed().periods().size();
    List<GuidedQuarter> shown = all.subList(dropped, all.size());
    String name = Names.capitalize(Names.metric(metric));
    FactUnit unit = FactUnits.of(metric.kind());
    return p.finish("guidance-" + metric.key().replace('_', '-'), ChartKind.RANGE_VS_ACTUAL,
        name + " against guidance", grid, unit, (b, t, format) -> describe(b, name, shown, t, format));
  }

  /** "Revenue came in above the range guided a quarter earlier in 3 of the 4 quarters shown. ..." */
  private static void describe(Prose.Builder b, String name, List<GuidedQuarter> guided, Grid g, DisplayForm format) {
    Map<Position, Integer> counts = new TreeMap<>();
    int n = 0;
    for (GuidedQuarter x : guided) {
      if (x != null && x.position() != null) {
        counts.merge(x.position(), 1, Integer::sum);
        n++;
      }
    }
    GuidedQuarter last = guided.get(guided.size() - 1);
    if (n >= 2) {
      Position most = last.position();
      for (Map.Entry<Position, Integer> e : counts.entrySet()) {
        most = e.getValue() > counts.get(most) ? e.getKey() : most;
      }
      int k = counts.get(most);
      b.text(name + " came in " + where(most) + " the range guided a quarter earlier in "
          + (k == n ? (n == 2 ? "both" : "each of the " + Findings.count(n)) : k + " of the " + n)
          + " quarters compared");
      String sep = ", ";
      for (Map.Entry<Position, Integer> e : counts.entrySet()) {
        if (e.getKey() != most) {
          b.text(sep + where(e.getKey()) + " it in " + e.getValue());
          sep = " and ";
        }
      }
      b.text(". ");
    }
    latest(b, name, last, g, format);
  }

  /** "In Q1 FY2026 revenue of $23.4 billion came in above the guided $22.5 billion to $23.5 billion." */
  private static void latest(Prose.Builder b, String name, GuidedQuarter x, Grid g, DisplayForm used) {
    String period = g.periods().get(g.periods().size() - 1).displayName();
    Direction d = x.position() == Position.ABOVE ? Direction.UP
        : x.position() == Position.BELOW ? Direction.DOWN : Direction.FLAT;
    boolean point = x.low().value().compareTo(x.high().value()) == 0;
    String word = point && x.position() == Position.WITHIN ? "in line with" : where(x.position());
    b.text("In " + period + " " + Names.midSentence(name) + " of ").num(x.actual(), used).text(" came in ")
        .word(x.excess(), d, word, FlatRule.SIGN).text(" the guided ");
    if (point) {
      b.num(x.low(), used);
    } else {
      b.num(x.low(), used).text(" to ").num(x.high(), used);
    }
    b.text(".");
  }

  private static String where(Position p) {
    return switch (p) {
      case ABOVE -> "above";
      case WITHIN -> "within";
      case BELOW -> "below";
    };
  }
}
