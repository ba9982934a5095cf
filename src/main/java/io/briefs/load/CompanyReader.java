package io.briefs.load;

import io.briefs.diag.Diagnostics;
import io.briefs.model.Company;
import io.briefs.model.CompleteFrom;
import io.briefs.model.FiscalQuarter;
import io.briefs.model.Kpi;
import io.briefs.model.KpiKind;
import io.briefs.model.Segment;
import io.briefs.model.SegmentEra;
import io.briefs.model.SegmentLine;
import io.briefs.model.SourceLoc;
import io.briefs.model.ValueKind;
import java.time.Month;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** Maps a parsed {@code company.yaml} to a {@link Company}. */
final class CompanyReader {
  /** Company, segment, line and KPI ids: they end up in paths and URLs. */
  private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");

  private static final List<String> MONTHS =
      Arrays.stream(Month.values()).map(m -> m.name().toLowerCase(Locale.ROOT)).toList();

  private final Diagnostics diagnostics;
  private final Scalars scalars;

  CompanyReader(Diagnostics diagnostics) {
    this.diagnostics = diagnostics;
    this.scalars = new Scalars(diagnostics);
  }

  /** The company, or null when a required part is missing or invalid (all reported). */
  Company read(MapNode root, String file) {
    int before = diagnostics.errorCount();
    MapReader r = MapReader.of(root, "company.yaml", diagnostics);
    String id = id(r.require("id"), "the company id");
    String name = text(r.require("name"), "the company name");
    Node shortNode = r.get("short_name");
    String shortName = shortNode == null ? name : text(shortNode, "a short name");
    Node tickerNode = r.get("ticker");
    String ticker = tickerNode == null ? null : text(tickerNode, "a ticker symbol");
    Node exchangeNode = r.get("exchange");
    String exchange = exchangeNode == null ? null : text(exchangeNode, "an exchange name");
    String currency = currency(r.require("currency"));
    Month yearEnd = month(r.require("fiscal_year_end"));
    Node segmentsNode = r.get("segments");
    List<Segment> segments = segmentsNode == null ? List.of() : segments(segmentsNode);
    Node kpisNode = r.get("kpis");
    List<Kpi> kpis = kpisNode == null ? List.of() : kpis(kpisNode);
    CompleteFrom completeFrom = completeFrom(r.get("complete_from"));
    r.finish();
    if (diagnostics.errorCount() > before) {
      return null;
    }
    return new Company(
        id, name, shortName, ticker, exchange, currency, yearEnd, segments, kpis, completeFrom,
        new SourceLoc(file, 1, 1));
  }

  /** The quarter from which the data is complete, {@code FY2019-Q1}. */
  private CompleteFrom completeFrom(Node node) {
    String text = text(node, "the first quarter from which the data is complete, such as FY2019-Q1");
    if (text == null) {
      return null;
    }
    FiscalQuarter q = FiscalQuarter.parse(text);
    if (q == null) {
      diagnostics.error(node.loc(), "complete_from `" + text + "` is not a fiscal quarter such as FY2019-Q1"
          + PeriodHint.hint(text, true));
      return null;
    }
    return new CompleteFrom(q, node.loc());
  }

  private String text(Node node, String what) {
    return node == null ? null : scalars.text(node, what);
  }

  private String id(Node node, String what) {
    String text = text(node, what);
    if (text != null && !Company.ID.matcher(text).matches()) {
      diagnostics.error(
          node.loc(),
          what + " `" + text + "` must be 1 to 40 lower-case letters, digits or hyphens,"
              + " starting with a letter or digit");
      return null;
    }
    return text;
  }

  private String currency(Node node) {
    String text = text(node, "an ISO 4217 currency code such as USD");
    if (text == null) {
      return null;
    }
    String code = isoCurrency(text);
    if (code != null && code.equals(text)) {
      return code;
    }
    String upper = isoCurrency(text.toUpperCase(Locale.ROOT));
    diagnostics.error(
        node.loc(), "currency `" + text + "` is not an ISO 4217 code such as USD, EUR or JPY"
            + (upper == null ? "" : "; did you mean `" + upper + "`?"));
    return null;
  }

  /** The ISO 4217 code {@code text} names, or null. */
  private static String isoCurrency(String text) {
    if (!CURRENCY.matcher(text).matches()) {
      return null;
    }
    try {
      return Currency.getInstance(text).getCurrencyCode();
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private Month month(Node node) {
    String text = text(node, "a month name such as january");
    if (text == null) {
      return null;
    }
    int index = MONTHS.indexOf(text);
    if (index < 0) {
      diagnostics.error(
          node.loc(),
          "fiscal_year_end `" + text + "` is not a month name in lower case (january to december)"
              + Suggest.hint(text.toLowerCase(Locale.ROOT), MONTHS));
      return null;
    }
    return Month.of(index + 1);
  }

  private List<Segment> segments(Node node) {
    List<Segment> result = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    List<Node> items = Lists.items(node, "segments", diagnostics);
    if (!Limits.SEGMENTS.allows(items.size(), node.loc(), diagnostics)) {
      return result;
    }
    int lines = 0;
    for (Node item : items) {
      MapReader r = MapReader.of(item, "a segment", diagnostics);
      if (r == null) {
        continue;
      }
      String id = id(r.require("id"), "a segment id");
      String name = text(r.require("name"), "a segment name");
      Node shortNode = r.get("short_name");
      String shortName = shortNode == null ? name : text(shortNode, "a short name");
      Node linesNode = r.get("lines");
      List<SegmentLine> segmentLines = linesNode == null ? List.of() : lines(linesNode);
      Node historyNode = r.get("history");
      List<SegmentEra> history = historyNode == null || id == null || name == null
          ? List.of() : history(historyNode, id, name, shortName);
      r.finish();
      if (id != null && !ids.add(id)) {
        diagnostics.error(item.loc(), "segment id `" + id + "` is declared twice");
      } else if (id != null && name != null) {
        result.add(new Segment(id, name, shortName, segmentLines, history));
      }
      lines += segmentLines.size();
    }
    formerIds(result);
    Limits.LINES.allows(lines, node.loc(), diagnostics);
    return result;
  }

  /**
   * A segment's former forms, oldest first: each entry gives the last quarter of a form and what
   * changed after it (the id, the names, a recast); what an entry leaves out is the form after it.
   */
  private List<SegmentEra> history(Node node, String id, String name, String shortName) {
    record Former(FiscalQuarter until, String id, String name, String shortName, boolean recast, Node at) {}
    List<Former> entries = new ArrayList<>();
    FiscalQuarter last = null;
    for (Node item : Lists.items(node, "history", diagnostics)) {
      MapReader r = MapReader.of(item, "a history entry", diagnostics);
      if (r == null) {
        continue;
      }
      int before = diagnostics.errorCount();
      Node untilNode = r.require("until");
      FiscalQuarter until = untilNode == null ? null : quarter(untilNode);
      Node idNode = r.get("id");
      String formerId = idNode == null ? null : id(idNode, "a former segment id");
      Node nameNode = r.get("name");
      String formerName = nameNode == null ? null : text(nameNode, "a former segment name");
      Node shortNode = r.get("short_name");
      String formerShort = shortNode == null ? null : text(shortNode, "a former short name");
      Node recastNode = r.get("recast");
      Boolean recast = recastNode == null ? Boolean.FALSE : scalars.bool(recastNode, "recast");
      r.finish();
      if (idNode == null && nameNode == null && shortNode == null && recastNode == null) {
        diagnostics.error(item.loc(), "a history entry says what the segment was until `until`: give its"
            + " former `id`, `name` or `short_name`, or `recast: true`");
      }
      if (until != null && last != null && until.compareTo(last) <= 0) {
        diagnostics.error(untilNode.loc(), "history entries are listed oldest first: " + until.label()
            + " is not after " + last.label());
      }
      if (until != null) {
        last = until;
      }
      if (diagnostics.errorCount() == before) {
        entries.add(new Former(until, formerId, formerName, formerShort, recast, item));
      }
    }
    // resolve each entry's parts from the form after it, newest first
    List<SegmentEra> out = new ArrayList<>();
    String nextId = id;
    String nextName = name;
    String nextShort = shortName;
    for (int i = entries.size() - 1; i >= 0; i--) {
      Former e = entries.get(i);
      String eraId = e.id() == null ? nextId : e.id();
      String eraName = e.name() == null ? nextName : e.name();
      String eraShort = e.shortName() != null ? e.shortName() : e.name() != null ? e.name() : nextShort;
      out.add(0, new SegmentEra(e.until(), eraId, eraName, eraShort, e.recast(), e.at().loc()));
      nextId = eraId;
      nextName = eraName;
      nextShort = eraShort;
    }
    return out;
  }

  /** A former id may not be another segment's id, current or former. */
  private void formerIds(List<Segment> segments) {
    Map<String, String> owner = new HashMap<>();
    segments.forEach(s -> owner.put(s.id(), s.id()));
    for (Segment s : segments) {
      for (SegmentEra era : s.history()) {
        if (era.id().equals(s.id())) {
          continue;
        }
        String other = owner.putIfAbsent(era.id(), s.id());
        if (other != null && !other.equals(s.id())) {
          diagnostics.error(era.loc(), "former id `" + era.id() + "` of segment `" + s.id() + "` is also"
              + (era.id().equals(other) ? " the id" : " a former id") + " of segment `" + other
              + "`; an id names one segment in every period");
        }
      }
    }
  }

  private FiscalQuarter quarter(Node node) {
    String text = text(node, "a fiscal quarter such as FY2025-Q2");
    if (text == null) {
      return null;
    }
    FiscalQuarter q = FiscalQuarter.parse(text);
    if (q == null) {
      diagnostics.error(node.loc(), "until `" + text + "` is not a fiscal quarter like FY2025-Q2"
          + PeriodHint.hint(text, true));
    }
    return q;
  }

  private List<SegmentLine> lines(Node node) {
    List<SegmentLine> result = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    List<Node> items = Lists.items(node, "lines", diagnostics);
    if (!Limits.LINES_PER_SEGMENT.allows(items.size(), node.loc(), diagnostics)) {
      return result;
    }
    for (Node item : items) {
      MapReader r = MapReader.of(item, "a segment line", diagnostics);
      if (r == null) {
        continue;
      }
      String id = id(r.require("id"), "a line id");
      String name = text(r.require("name"), "a line name");
      r.finish();
      if (id != null && !ids.add(id)) {
        diagnostics.error(item.loc(), "line id `" + id + "` is declared twice in this segment");
      } else if (id != null && name != null) {
        result.add(new SegmentLine(id, name));
      }
    }
    return result;
  }

  private List<Kpi> kpis(Node node) {
    List<Kpi> result = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    List<Node> items = Lists.items(node, "kpis", diagnostics);
    if (!Limits.KPIS.allows(items.size(), node.loc(), diagnostics)) {
      return result;
    }
    for (Node item : items) {
      MapReader r = MapReader.of(item, "a KPI", diagnostics);
      if (r == null) {
        continue;
      }
      String id = id(r.require("id"), "a KPI id");
      String name = text(r.require("name"), "a KPI name");
      KpiKind kind = Enums.read(scalars, diagnostics, r.require("kind"), "kind", KpiKind.class);
      ValueKind unit = unit(r.require("unit"));
      Node signed = r.get("may_be_negative");
      Boolean mayBeNegative = signed == null ? Boolean.FALSE : scalars.bool(signed, "may_be_negative");
      r.finish();
      if (id != null && !ids.add(id)) {
        diagnostics.error(item.loc(), "KPI id `" + id + "` is declared twice");
      } else if (id != null && name != null && kind != null && unit != null && mayBeNegative != null) {
        result.add(new Kpi(id, name, kind, unit, mayBeNegative));
      }
    }
    return result;
  }

  private ValueKind unit(Node node) {
    if (node == null) {
      return null;
    }
    String text = scalars.text(node, "a unit: money, count or percent");
    if (text == null) {
      return null;
    }
    return switch (text) {
      case "money" -> ValueKind.MONEY;
      case "count" -> ValueKind.COUNT;
      case "percent" -> ValueKind.PERCENT;
      default -> {
        diagnostics.error(
            node.loc(),
            "unit `" + text + "` is not one of money, count, percent"
                + Suggest.hint(text, List.of("money", "count", "percent")));
        yield null;
      }
    };
  }
}
