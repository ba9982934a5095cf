package io.briefs.load;

import io.briefs.diag.Diagnostics;
import io.briefs.model.Amount;
import io.briefs.model.Company;
import io.briefs.model.FigurePath;
import io.briefs.model.Figures;
import io.briefs.model.FiscalQuarter;
import io.briefs.model.Kpi;
import io.briefs.model.Margin;
import io.briefs.model.Metric;
import io.briefs.model.RecordClaim;
import io.briefs.model.Segment;
import io.briefs.model.SegmentFigures;
import io.briefs.model.StatedChange;
import io.briefs.model.Units;
import io.briefs.model.ValueKind;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the {@code results}, {@code segments} and {@code kpis} blocks of a quarter (and of its
 * comparatives), scaling money to plain currency units. A figure is a number, or a mapping with
 * its {@code value} and what the company states about it: {@code change_pct}, {@code
 * change_pct_cc}, {@code change_bps}, {@code approximate}; in a quarter's own blocks a figure may
 * also be given by its stated change alone.
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

  /** A figure as written: its amount, or, given by its change alone, that change. */
  record Written(Amount amount, StatedChange change) {}

  /** Where a figure is written, which decides the forms it may take. */
  enum Place {
    /** A quarter's own results, segments and KPIs: every form, a change alone included. */
    OWN,
    /** Comparatives and estimates: a value is required (stated changes are accepted, unused). */
    PRIOR
  }

  /**
   * Reads the three blocks from a mapping that holds them (the quarter or a comparative).
   *
   * @param period the period the figures belong to (for the segment ids in use then), or null
   *     when unknown
   * @param place {@link Place#OWN} for a quarter's own figures (revenue is then required)
   */
  Figures figures(MapReader r, FiscalQuarter period, Place place) {
    boolean own = place == Place.OWN;
    Map<FigurePath, StatedChange> changes = new LinkedHashMap<>();
    Map<Margin, Amount> margins = new EnumMap<>(Margin.class);
    Node resultsNode = own ? r.require("results") : r.get("results");
    Map<Metric, Amount> results = resultsNode == null ? Map.of() : results(resultsNode, place, margins, changes);
    Node segmentsNode = r.get("segments");
    Map<String, SegmentFigures> segments =
        segmentsNode == null ? Map.of() : segments(segmentsNode, period, place, changes);
    Node kpisNode = r.get("kpis");
    Map<String, Amount> kpis = kpisNode == null ? Map.of() : kpis(kpisNode, place, changes);
    return new Figures(results, segments, kpis, margins, changes);
  }

  private Map<Metric, Amount> results(Node node, Place place, Map<Margin, Amount> margins,
      Map<FigurePath, StatedChange> changes) {
    MapReader r = MapReader.of(node, "results", diagnostics);
    Map<Metric, Amount> out = new EnumMap<>(Metric.class);
    if (r == null) {
      return out;
    }
    boolean own = place == Place.OWN;
    for (Metric m : Metric.values()) {
      Node value = own && m == Metric.REVENUE ? r.require(m.key()) : r.get(m.key());
      if (value == null) {
        continue;
      }
      // revenue opens every brief: it needs its value
      Place here = own && m == Metric.REVENUE ? Place.PRIOR : place;
      Written w = written(value, m.kind(), m.label(), here, false);
      collect(w, new FigurePath.Result(m), out, m, changes);
    }
    for (Margin m : Margin.values()) {
      Node value = r.get(m.key());
      Written w = value == null ? null : written(value, ValueKind.PERCENT, "the " + m.label(), place, true);
      collect(w, new FigurePath.MarginValue(m), margins, m, changes);
    }
    r.finish();
    return out;
  }

  private static <K> void collect(Written w, FigurePath path, Map<K, Amount> amounts, K key,
      Map<FigurePath, StatedChange> changes) {
    if (w == null) {
      return;
    }
    if (w.amount() != null) {
      amounts.put(key, w.amount());
    } else if (w.change() != null) {
      changes.put(path, w.change());
    }
  }

  private Map<String, SegmentFigures> segments(Node node, FiscalQuarter period, Place place,
      Map<FigurePath, StatedChange> changes) {
    MapReader r = MapReader.of(node, "segments", diagnostics);
    Map<String, SegmentFigures> found = new LinkedHashMap<>();
    if (r == null || !Limits.SEGMENTS.allows(r.entries().size(), node.loc(), diagnostics)) {
      return found;
    }
    List<String> valid = new ArrayList<>();
    for (Segment s : company.segments()) {
      valid.add(s.id());
    }
    for (Segment s : company.segments()) {
      String then = period == null ? s.id() : s.idAt(period);
      if (!then.equals(s.id())) {
        valid.add(then);
      }
    }
    Map<String, MapNode.Pair> written = new LinkedHashMap<>();
    for (MapNode.Pair e : r.entries()) {
      Segment s = company.segmentAt(e.key(), period);
      if (s == null) {
        diagnostics.error(e.keyLoc(), unknownSegment(e.key(), period, valid));
        continue;
      }
      MapNode.Pair first = written.putIfAbsent(s.id(), e);
      if (first != null) {
        diagnostics.error(e.keyLoc(), "segment `" + s.id() + "` is given twice: as `" + first.key()
            + "` (line " + first.keyLoc().line() + ") and as `" + e.key() + "`; write it once");
      }
    }
    for (Segment segment : company.segments()) {
      MapNode.Pair e = written.get(segment.id());
      boolean empty = e == null || e.value() instanceof ScalarNode s && s.kind() == ScalarNode.Type.NULL;
      if (!empty) {
        SegmentFigures figures = segment(e.value(), segment, place, changes);
        if (figures != null) {
          found.put(segment.id(), figures);
        }
      }
    }
    return found;
  }

  /** The message for a segment id the company does not use in {@code period}. */
  private String unknownSegment(String id, FiscalQuarter period, List<String> valid) {
    for (Segment s : company.segments()) {
      for (var era : s.history()) {
        if (era.id().equals(id) && !era.id().equals(s.id())) {
          return "segment id `" + id + "` was the id of segment `" + s.id() + "` until "
              + era.until().label() + (period == null ? "" : ", not in " + period.label())
              + "; write `" + (period == null ? s.id() : s.idAt(period)) + "`";
        }
      }
    }
    return MapReader.unknownKey(id, "segments", valid);
  }

  private SegmentFigures segment(Node node, Segment segment, Place place, Map<FigurePath, StatedChange> changes) {
    MapReader r = MapReader.of(node, "segment `" + segment.id() + "`", diagnostics);
    if (r == null) {
      return null;
    }
    Map<String, Amount> one = new LinkedHashMap<>();
    Node revenueNode = r.get("revenue");
    collect(revenueNode == null ? null : written(revenueNode, ValueKind.MONEY, "revenue", place, false),
        new FigurePath.SegmentRevenue(segment.id()), one, "revenue", changes);
    Node oiNode = r.get("operating_income");
    collect(oiNode == null ? null : written(oiNode, ValueKind.MONEY, "operating income", place, false),
        new FigurePath.SegmentOperatingIncome(segment.id()), one, "operating_income", changes);
    Node marginNode = r.get("operating_margin_pct");
    collect(marginNode == null ? null
            : written(marginNode, ValueKind.PERCENT, "the operating margin", place, true),
        new FigurePath.SegmentOperatingMargin(segment.id()), one, "operating_margin_pct", changes);
    Node linesNode = r.get("lines");
    Map<String, Amount> lines = linesNode == null ? Map.of() : lines(linesNode, segment, place, changes);
    r.finish();
    return new SegmentFigures(one.get("revenue"), one.get("operating_income"), lines, one.get("operating_margin_pct"));
  }

  private Map<String, Amount> lines(Node node, Segment segment, Place place, Map<FigurePath, StatedChange> changes) {
    MapReader r = MapReader.of(node, "the lines of segment `" + segment.id() + "`", diagnostics);
    Map<String, Amount> found = new LinkedHashMap<>();
    if (r == null || !Limits.LINES_PER_SEGMENT.allows(r.entries().size(), node.loc(), diagnostics)) {
      return found;
    }
    r.reportUnknown(segment.lines().stream().map(l -> l.id()).toList());
    segment.lines().forEach(line -> {
      Node value = r.get(line.id());
      Written w = value == null ? null : written(value, ValueKind.MONEY, line.name() + " revenue", place, false);
      collect(w, new FigurePath.Line(segment.id(), line.id()), found, line.id(), changes);
    });
    return found;
  }

  private Map<String, Amount> kpis(Node node, Place place, Map<FigurePath, StatedChange> changes) {
    MapReader r = MapReader.of(node, "kpis", diagnostics);
    Map<String, Amount> found = new LinkedHashMap<>();
    if (r == null || !Limits.KPIS.allows(r.entries().size(), node.loc(), diagnostics)) {
      return found;
    }
    r.reportUnknown(company.kpis().stream().map(Kpi::id).toList());
    for (Kpi kpi : company.kpis()) {
      Node value = r.get(kpi.id());
      Written w = value == null ? null : written(value, kpi.unit(), kpi.name(), place, false);
      collect(w, new FigurePath.KpiValue(kpi.id()), found, kpi.id(), changes);
    }
    return found;
  }

  /** A figure that needs its value (an estimate, a one-off item): a number or a mapping with a value. */
  Amount amount(Node node, ValueKind kind, String what) {
    Written w = written(node, kind, what, Place.PRIOR, false);
    return w == null ? null : w.amount();
  }

  /**
   * A bare number, or a mapping: {@code value} with any of {@code change_pct}, {@code
   * change_pct_cc}, {@code change_bps}, {@code approximate} and the company's claim of a record
   * ({@code record}, {@code record_source}); or, in {@link Place#OWN}, the changes without a value.
   * Null after reporting a problem.
   *
   * @param margin whether the figure is a stated margin (its change is in basis points only)
   */
  Written written(Node node, ValueKind kind, String what, Place place, boolean margin) {
    if (!(node instanceof MapNode)) {
      BigDecimal value = scalars.decimal(node, what + " (a number, or { value: 123, change_pct: 4 })");
      return value == null ? null : new Written(Amount.of(units.scale(value, kind), node.loc()), null);
    }
    MapReader r = MapReader.of(node, what, diagnostics);
    int before = diagnostics.errorCount();
    Node valueNode = r.get("value");
    BigDecimal value = valueNode == null ? null : scalars.decimal(valueNode, what);
    BigDecimal pct = decimal(r.get("change_pct"), "the stated change in percent");
    BigDecimal cc = decimal(r.get("change_pct_cc"), "the stated change at constant currency, in percent");
    BigDecimal bps = decimal(r.get("change_bps"), "the stated change in basis points");
    Node approxNode = r.get("approximate");
    Boolean approximate = approxNode == null ? Boolean.FALSE : scalars.bool(approxNode, "approximate");
    Node recordNode = r.get("record");
    RecordClaim record = record(recordNode, r.get("record_source"), node);
    r.finish();
    if (record != null && (valueNode == null || Boolean.TRUE.equals(approximate))) {
      diagnostics.error(recordNode.loc(), "a record needs the figure's exact value: "
          + (valueNode == null ? "give its value" : "an approximate figure is never called a record"));
    }
    if (margin && (pct != null || cc != null)) {
      diagnostics.error(node.loc(), "a margin's change is stated in basis points (change_bps), not in"
          + " percent (" + (pct != null ? "change_pct" : "change_pct_cc") + ")");
    }
    if (bps != null && kind != ValueKind.PERCENT) {
      diagnostics.error(node.loc(), "change_bps is the change of a percentage (a margin or a percent KPI);"
          + " state the change of " + what + " in percent with change_pct");
    }
    if (valueNode == null) {
      if (place == Place.PRIOR) {
        diagnostics.error(node.loc(), "missing required key `value` in " + what
            + (r.node().entries().isEmpty() || pct == null && cc == null && bps == null ? ""
                : "; a change alone is allowed only for the quarter's own figures (not revenue in"
                    + " results, comparatives or estimates)"));
      } else if (pct == null && cc == null && bps == null && diagnostics.errorCount() == before) {
        diagnostics.error(node.loc(), what + " gives neither a value nor a stated change; write { value: 123 },"
            + " { value: 123, change_pct: 4 } or { change_pct: 4 }");
      }
      if (Boolean.TRUE.equals(approximate)) {
        diagnostics.error(approxNode.loc(), "approximate: true needs the figure's value");
      }
    }
    if (diagnostics.errorCount() > before || approximate == null) {
      return null;
    }
    if (value == null) {
      return new Written(null, new StatedChange(pct, cc, bps, node.loc()));
    }
    return new Written(new Amount(units.scale(value, kind), pct, valueNode.loc(), cc, bps, approximate, record), null);
  }

  private BigDecimal decimal(Node node, String what) {
    return node == null ? null : scalars.decimal(node, what);
  }

  /** {@code record: true} (all-time) or {@code record: quarter}, with the required {@code record_source}. */
  private RecordClaim record(Node recordNode, Node sourceNode, Node amount) {
    if (recordNode == null) {
      if (sourceNode != null) {
        diagnostics.error(sourceNode.loc(), "record_source without record: add `record: true` (or `record:"
            + " quarter`), or remove it");
      }
      return null;
    }
    Boolean allTime = recordNode instanceof ScalarNode s && s.kind() == ScalarNode.Type.BOOLEAN
        ? scalars.bool(recordNode, "true") : null;
    String word = allTime == null ? scalars.text(recordNode, "true (a record) or quarter (a record for that"
        + " fiscal quarter)") : null;
    if (allTime == null && !"quarter".equals(word)) {
      if (word != null) {
        diagnostics.error(recordNode.loc(), "record must be true (a record) or quarter (a record for that"
            + " fiscal quarter), found `" + word + "`" + Suggest.hint(word, List.of("quarter")));
      }
      return null;
    }
    if (Boolean.FALSE.equals(allTime)) {
      diagnostics.error(recordNode.loc(), "record: false says nothing; remove it (only the company's own"
          + " claim of a record is recorded)");
      return null;
    }
    if (sourceNode == null) {
      diagnostics.error(amount.loc(), "record needs record_source: where the company called this figure a"
          + " record (its release, its call)");
      return null;
    }
    String source = scalars.text(sourceNode, "where the company called the figure a record");
    return source == null ? null : new RecordClaim(allTime == null, source, recordNode.loc());
  }
}
