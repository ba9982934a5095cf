package io.briefs.chart;

import io.briefs.metrics.Fact;
import io.briefs.metrics.FactUnit;
import io.briefs.model.FigurePath;
import io.briefs.model.Kpi;
import io.briefs.model.KpiKind;
import io.briefs.model.Segment;
import io.briefs.model.ValueKind;
import io.briefs.narrative.Names;
import io.briefs.narrative.Prose;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Line charts of figures over time: operating margins, and the money KPIs on one chart. */
final class TrendCharts {
  private TrendCharts() {}

  /** The company's and each segment's operating margin per quarter. */
  static ChartSpec margins(ChartContext p) {
    History h = p.history();
    Grid g = new Grid(p.quarters());
    g.add(p.data().company().shortName(), p.quarters().stream().map(q -> h.margin(null, q)).toList());
    boolean segments = false;
    for (Segment seg : p.data().company().segments()) {
      segments |= g.add(seg.shortName(), p.quarters().stream().map(q -> h.margin(seg.id(), q)).toList()) >= 0;
    }
    String title = segments ? "Operating margin by segment" : "Operating margin";
    return p.finish("operating-margin", ChartKind.LINE, title, g, FactUnit.PERCENT, (b, t, format) -> {
      for (int s = 0; s < t.size(); s++) {
        boolean losses = t.points(s).stream().anyMatch(f -> f != null && f.value().signum() < 0);
        b.text(s == 0 ? "" : " ");
        p.findings().trend(b, possessive(t.names().get(s)) + " operating margin", t.points(s), t.periods(),
            losses ? Findings.Verbs.AMOUNT : Findings.Verbs.MARGIN, null);
      }
    });
  }

  /** The KPIs measured in money (orders, shipments, backlog) per quarter, on one chart. */
  static ChartSpec kpis(ChartContext p) {
    History h = p.history();
    Grid g = new Grid(p.quarters());
    List<String> names = new ArrayList<>();
    List<String> balances = new ArrayList<>();
    for (Kpi k : p.data().company().kpis()) {
      if (k.unit() != ValueKind.MONEY) {
        continue;
      }
      FigurePath path = new FigurePath.KpiValue(k.id());
      List<Fact> points = p.quarters().stream().map(q -> h.value(path, q)).toList();
      if (g.add(k.name(), points) >= 0) {
        names.add(k.name());
        if (k.kind() == KpiKind.STOCK) {
          balances.add(k.name());
        }
      }
    }
    if (names.isEmpty()) {
      return null;
    }
    return p.finish("kpis", ChartKind.LINE, title(names), g, FactUnit.MONEY,
        (b, t, format) -> describeEach(p, b, t, balances));
  }

  private static void describeEach(ChartContext p, Prose.Builder b, Grid g, List<String> balances) {
    for (int s = 0; s < g.size(); s++) {
      b.text(s == 0 ? "" : " ");
      String name = g.names().get(s);
      p.findings().trend(b, Names.capitalize(name), g.points(s), g.periods(),
          balances.contains(name) ? Findings.Verbs.BALANCE : Findings.Verbs.AMOUNT, null);
    }
  }

  /** "AI server orders, shipments and backlog": leading words all names share are said once. */
  static String title(List<String> names) {
    if (names.size() <= 1) {
      // no KPI with data: the chart is dropped, but its title is asked for first
      return names.isEmpty() ? "" : names.get(0);
    }
    List<List<String>> words = names.stream().map(n -> Arrays.asList(n.split(" "))).toList();
    int common = commonLeadingWords(words);
    List<String> rest = new ArrayList<>();
    for (List<String> w : words) {
      rest.add(String.join(" ", w.subList(common, w.size())));
    }
    String list = String.join(", ", rest.subList(0, rest.size() - 1)) + " and " + rest.get(rest.size() - 1);
    return common == 0 ? list : String.join(" ", words.get(0).subList(0, common)) + " " + list;
  }

  /** How many leading words every name shares, leaving each at least one word of its own. */
  static int commonLeadingWords(List<List<String>> words) {
    if (words.isEmpty()) {
      return 0;
    }
    int common = 0;
    while (true) {
      int i = common;
      boolean shared = words.stream().allMatch(w -> w.size() > i + 1 && w.get(i).equals(words.get(0).get(i)));
      if (!shared) {
        return common;
      }
      common++;
    }
  }

  static String possessive(String name) {
    return name + (name.endsWith("s") ? "'" : "'s");
  }
}
