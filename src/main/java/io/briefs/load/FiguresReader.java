package io.briefs.load;

import io.briefs.diag.Diagnostics;
import io.briefs.model.Amount;
import io.briefs.model.Company;
import io.briefs.model.Figures;
import io.briefs.model.Kpi;
import io.briefs.model.Metric;
import io.briefs.model.Segment;
import io.briefs.model.SegmentFigures;
import io.briefs.model.ValueKind;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the {@code results}, {@code segments} and {@code kpis} blocks of a quarter (and of its
 * comparatives), scaling money to plain currency units.
 */
final class FiguresReader {
  static final List<String> METRIC_KEYS = Arrays.stream(Metric.values()).map(Metric::key).toList();

  private final Company company;
  private final Units units;
  private final Diagnostics diagnostics;
  private final Scalars scalars;

  FiguresReader(QuarterFile file) {
    this.company = file.company();
    this.units = file.units();
    this.diagnostics = file.diagnostics();
    this.scalars = file.scalars();
  }

  /** Reads the three blocks from a mapping that holds them (the quarter or a comparative). */
  Figures figures(MapReader r, boolean revenueRequired) {
    Node resultsNode = revenueRequired ? r.require("results") : r.get("results");
    Map<Metric, Amount> results = resultsNode == null ? Map.of() : results(resultsNode, revenueRequired);
    Node segmentsNode = r.get("segments");
    Map<String, SegmentFigures> segments = segmentsNode == null ? Map.of() : segments(segmentsNode);
    Node kpisNode = r.get("kpis");
    Map<String, Amount> kpis = kpisNode == null ? Map.of() : kpis(kpisNode);
    return new Figures(results, segments, kpis);
  }

  private Map<Metric, Amount> results(Node node, boolean revenueRequired) {
    MapReader r = MapReader.of(node, "results", diagnostics);
    Map<Metric, Amount> out = new EnumMap<>(Metric.class);
    if (r == null) {
      return out;
    }
    for (Metric m : Metric.values()) {
      Node value = revenueRequired && m == Metric.REVENUE ? r.require(m.key()) : r.get(m.key());
      Amount amount = value == null ? null : amount(value, m.kind(), m.label());
      if (amount != null) {
        out.put(m, amount);
      }
    }
    r.finish();
    return out;
  }

  private Map<String, SegmentFigures> segments(Node node) {
    MapReader r = MapReader.of(node, "segments", diagnostics);
    Map<String, SegmentFigures> found = new LinkedHashMap<>();
    if (r == null || !Limits.SEGMENTS.allows(r.entries().size(), node.loc(), diagnostics)) {
      return found;
    }
    List<String> ids = company.segments().stream().map(Segment::id).toList();
    r.reportUnknown(ids);
    for (Segment segment : company.segments()) {
      Node value = r.get(segment.id());
      if (value != null) {
        SegmentFigures figures = segment(value, segment);
        if (figures != null) {
          found.put(segment.id(), figures);
        }
      }
    }
    return found;
  }

  private SegmentFigures segment(Node node, Segment segment) {
    MapReader r = MapReader.of(node, "segment `" + segment.id() + "`", diagnostics);
    if (r == null) {
      return null;
    }
    Node revenueNode = r.get("revenue");
    Amount revenue = revenueNode == null ? null : amount(revenueNode, ValueKind.MONEY, "revenue");
    Node oiNode = r.get("operating_income");
    Amount oi = oiNode == null ? null : amount(oiNode, ValueKind.MONEY, "operating income");
    Node linesNode = r.get("lines");
    Map<String, Amount> lines = linesNode == null ? Map.of() : lines(linesNode, segment);
    r.finish();
    return new SegmentFigures(revenue, oi, lines);
  }

  private Map<String, Amount> lines(Node node, Segment segment) {
    MapReader r = MapReader.of(node, "the lines of segment `" + segment.id() + "`", diagnostics);
    Map<String, Amount> found = new LinkedHashMap<>();
    if (r == null || !Limits.LINES_PER_SEGMENT.allows(r.entries().size(), node.loc(), diagnostics)) {
      return found;
    }
    r.reportUnknown(segment.lines().stream().map(l -> l.id()).toList());
    segment.lines().forEach(line -> {
      Node value = r.get(line.id());
      Amount amount = value == null ? null : amount(value, ValueKind.MONEY, line.name() + " revenue");
      if (amount != null) {
        found.put(line.id(), amount);
      }
    });
    return found;
  }

  private Map<String, Amount> kpis(Node node) {
    MapReader r = MapReader.of(node, "kpis", diagnostics);
    Map<String, Amount> found = new LinkedHashMap<>();
    if (r == null || !Limits.KPIS.allows(r.entries().size(), node.loc(), diagnostics)) {
      return found;
    }
    r.reportUnknown(company.kpis().stream().map(Kpi::id).toList());
    for (Kpi kpi : company.kpis()) {
      Node value = r.get(kpi.id());
      Amount amount = value == null ? null : amount(value, kpi.unit(), kpi.name());
      if (amount != null) {
        found.put(kpi.id(), amount);
      }
    }
    return found;
  }

  /** A bare number or the stated-change form {@code {value, change_pct}}. */
  Amount amount(Node node, ValueKind kind, String what) {
    if (node instanceof MapNode) {
      MapReader r = MapReader.of(node, what + " with a stated change", diagnostics);
      Node valueNode = r.require("value");
      Node changeNode = r.require("change_pct");
      BigDecimal value = valueNode == null ? null : scalars.decimal(valueNode, what);
      BigDecimal change =
          changeNode == null ? null : scalars.decimal(changeNode, "the stated change in percent");
      r.finish();
      return value == null || change == null
          ? null
          : new Amount(units.scale(value, kind), change, valueNode.loc());
    }
    BigDecimal value =
        scalars.decimal(node, what + " (a number, or { value: 123, change_pct: 4 })");
    return value == null ? null : Amount.of(units.scale(value, kind), node.loc());
  }
}
