package io.briefs.load;

import io.briefs.diag.Diagnostics;
import io.briefs.model.Company;
import io.briefs.model.Guidance;
import io.briefs.model.GuidanceStatus;
import io.briefs.model.Kpi;
import io.briefs.model.Metric;
import io.briefs.model.PeriodRef;
import io.briefs.model.Range;
import io.briefs.model.RangeForm;
import io.briefs.model.Units;
import io.briefs.model.ValueKind;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Reads the {@code guidance} list of a quarter file. */
final class GuidanceReader {
  private static final String RANGE_FORMS =
      "{low, high}, {mid, plus_minus}, {mid, plus_minus_pct}, {mid}, or {low} / {high} alone";
  private static final BigDecimal TWO = BigDecimal.valueOf(2);
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private final Company company;
  private final Units units;
  private final Diagnostics diagnostics;
  private final Scalars scalars;

  GuidanceReader(QuarterFile file) {
    this.company = file.company();
    this.units = file.units();
    this.diagnostics = file.diagnostics();
    this.scalars = file.scalars();
  }

  List<Guidance> read(Node node) {
    List<Guidance> out = new ArrayList<>();
    List<Node> items = Lists.items(node, "guidance", diagnostics);
    if (!Limits.GUIDANCE.allows(items.size(), node.loc(), diagnostics)) {
      return out;
    }
    for (Node item : items) {
      Guidance g = item(item);
      if (g != null) {
        out.add(g);
      }
    }
    return out;
  }

  private Guidance item(Node node) {
    MapReader r = MapReader.of(node, "a guidance entry", diagnostics);
    if (r == null) {
      return null;
    }
    int before = diagnostics.errorCount();
    PeriodRef period = period(r.require("period"));
    Map<Metric, Range> metrics = new EnumMap<>(Metric.class);
    Map<Metric, Range> metricGrowth = new EnumMap<>(Metric.class);
    for (Metric m : Metric.values()) {
      Node value = r.get(m.key());
      if (value != null && isGrowth(value)) {
        Range range = growth(value, m.label());
        if (range != null) {
          metricGrowth.put(m, range);
        }
        continue;
      }
      Range range = value == null ? null : range(value, m.kind(), m.label());
      if (range != null) {
        metrics.put(m, range);
      }
    }
    Node kpisNode = r.get("kpis");
    Map<String, Range> kpiGrowth = new LinkedHashMap<>();
    Map<String, Range> kpis = kpisNode == null ? Map.of() : kpis(kpisNode, kpiGrowth);
    GuidanceStatus status =
        Enums.read(scalars, diagnostics, r.get("status"), "status", GuidanceStatus.class);
    r.finish();
    if (diagnostics.errorCount() > before || period == null) {
      return null;
    }
    return new Guidance(period, metrics, kpis, status, node.loc(), metricGrowth, kpiGrowth);
  }

  private PeriodRef period(Node node) {
    if (node == null) {
      return null;
    }
    String text = scalars.text(node, "a period such as FY2026-Q2 or FY2026");
    if (text == null) {
      return null;
    }
    PeriodRef period = PeriodRef.parse(text);
    if (period == null) {
      diagnostics.error(
          node.loc(), "period `" + text + "` is neither a quarter (FY2026-Q2) nor a year (FY2026)"
              + PeriodHint.hint(text, false));
    }
    return period;
  }

  private Map<String, Range> kpis(Node node, Map<String, Range> growth) {
    MapReader r = MapReader.of(node, "guided kpis", diagnostics);
    Map<String, Range> out = new LinkedHashMap<>();
    if (r == null) {
      return out;
    }
    r.reportUnknown(company.kpis().stream().map(Kpi::id).toList());
    for (Kpi kpi : company.kpis()) {
      Node value = r.get(kpi.id());
      if (value != null && isGrowth(value)) {
        Range range = growth(value, kpi.name());
        if (range != null) {
          growth.put(kpi.id(), range);
        }
        continue;
      }
      Range range = value == null ? null : range(value, kpi.unit(), kpi.name());
      if (range != null) {
        out.put(kpi.id(), range);
      }
    }
    return out;
  }

  /** Whether a guided figure is written as growth: {@code { growth_pct: { low: 5, high: 10 } }}. */
  private static boolean isGrowth(Node node) {
    return node instanceof MapNode map && map.entries().stream().anyMatch(e -> e.key().equals("growth_pct"));
  }

  /**
   * Guidance as growth from a year earlier: {@code { growth_pct: <range> }}, the range in percent
   * in any form but {@code plus_minus_pct}.
   */
  private Range growth(Node node, String what) {
    MapNode map = (MapNode) node;
    int before = diagnostics.errorCount();
    List<String> rangeKeys = List.of("low", "high", "mid", "plus_minus", "plus_minus_pct");
    for (MapNode.Pair e : map.entries()) {
      if (rangeKeys.contains(e.key())) {
        diagnostics.error(e.keyLoc(), "`" + e.key() + "` beside growth_pct: guidance as growth is written"
            + " alone, { growth_pct: { low: 5, high: 10 } }, and guidance as an amount without growth_pct");
      }
    }
    MapReader r = MapReader.of(node, "the guidance for " + what, diagnostics);
    Node inner = r.require("growth_pct");
    r.reportUnknown(List.of("growth_pct", "low", "high", "mid", "plus_minus", "plus_minus_pct"));
    Range range = inner == null ? null : range(inner, ValueKind.PERCENT, what + " growth");
    if (range != null && range.form() == RangeForm.MID_PLUS_MINUS_PCT) {
      diagnostics.error(inner.loc(), "the growth range for " + what + " gives plus_minus_pct; give or take"
          + " a number of percentage points with plus_minus: { mid: 7, plus_minus: 2 }");
      return null;
    }
    return diagnostics.errorCount() > before ? null : range;
  }

  /** One range in any of the written forms, normalised to low, high and mid. */
  private Range range(Node node, ValueKind kind, String what) {
    MapReader r = MapReader.of(node, "the range for " + what + " (" + RANGE_FORMS + ")", diagnostics);
    if (r == null) {
      return null;
    }
    Map<String, BigDecimal> v = new LinkedHashMap<>();
    for (String key : List.of("low", "high", "mid", "plus_minus", "plus_minus_pct")) {
      Node n = r.get(key);
      BigDecimal d = n == null ? null : scalars.decimal(n, key);
      if (d != null) {
        v.put(key, key.equals("plus_minus_pct") ? d : units.scale(d, kind));
      }
    }
    Node changeNode = r.get("change_pct");
    BigDecimal change = changeNode == null ? null : scalars.decimal(changeNode, "the change from a year earlier"
        + " the company states for the guided figure, in percent");
    r.finish();
    if (changeNode != null && change == null) {
      return null;
    }
    Set<String> keys = new TreeSet<>(v.keySet());
    RangeForm form = form(keys);
    if (form == null) {
      if (!keys.isEmpty()) {
        diagnostics.error(
            node.loc(), "the range for " + what + " gives " + String.join(" and ", keys)
                + "; a range is " + RANGE_FORMS);
      } else if (r.node().entries().isEmpty()) {
        diagnostics.error(node.loc(), "the range for " + what + " is empty; a range is " + RANGE_FORMS);
      }
      return null;
    }
    return normalise(form, v, node, change);
  }

  private static RangeForm form(Set<String> keys) {
    if (keys.equals(Set.of("low", "high"))) {
      return RangeForm.BOUNDS;
    } else if (keys.equals(Set.of("mid", "plus_minus"))) {
      return RangeForm.MID_PLUS_MINUS;
    } else if (keys.equals(Set.of("mid", "plus_minus_pct"))) {
      return RangeForm.MID_PLUS_MINUS_PCT;
    } else if (keys.equals(Set.of("mid"))) {
      return RangeForm.MID;
    } else if (keys.equals(Set.of("low"))) {
      return RangeForm.AT_LEAST;
    } else if (keys.equals(Set.of("high"))) {
      return RangeForm.AT_MOST;
    }
    return null;
  }

  private static Range normalise(RangeForm form, Map<String, BigDecimal> v, Node node, BigDecimal change) {
    BigDecimal mid = v.get("mid");
    return switch (form) {
      case BOUNDS -> new Range(v.get("low"), v.get("high"),
          v.get("low").add(v.get("high")).divide(TWO, MathContext.DECIMAL64), null, form, node.loc(), change);
      case MID_PLUS_MINUS -> new Range(mid.subtract(v.get("plus_minus")),
          mid.add(v.get("plus_minus")), mid, v.get("plus_minus"), form, node.loc(), change);
      case MID_PLUS_MINUS_PCT -> {
        BigDecimal delta = mid.abs().multiply(v.get("plus_minus_pct")).divide(HUNDRED, MathContext.DECIMAL64);
        yield new Range(mid.subtract(delta), mid.add(delta), mid, v.get("plus_minus_pct"), form, node.loc(),
            change);
      }
      case MID -> new Range(null, null, mid, null, form, node.loc(), change);
      case AT_LEAST -> new Range(v.get("low"), null, null, null, form, node.loc(), change);
      case AT_MOST -> new Range(null, v.get("high"), null, null, form, node.loc(), change);
    };
  }
}
