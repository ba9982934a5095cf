package io.briefs.load;

import io.briefs.diag.Diagnostics;
import io.briefs.model.Company;
import io.briefs.model.Kpi;
import io.briefs.model.KpiKind;
import io.briefs.model.Segment;
import io.briefs.model.SegmentLine;
import io.briefs.model.SourceLoc;
import io.briefs.model.ValueKind;
import java.time.Month;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Maps a parsed {@code company.yaml} to a {@link Company}. */
final class CompanyReader {
  /** Company, segment, line and KPI ids: they end up in paths and URLs. */
  static final Pattern ID = Company.ID;
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
    r.finish();
    if (diagnostics.errorCount() > before) {
      return null;
    }
    return new Company(
        id, name, shortName, ticker, exchange, currency, yearEnd, segments, kpis,
        new SourceLoc(file, 1, 1));
  }

  private String text(Node node, String what) {
    return node == null ? null : scalars.text(node, what);
  }

  private String id(Node node, String what) {
    String text = text(node, what);
    if (text != null && !ID.matcher(text).matches()) {
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
      r.finish();
      if (id != null && !ids.add(id)) {
        diagnostics.error(item.loc(), "segment id `" + id + "` is declared twice");
      } else if (id != null && name != null) {
        result.add(new Segment(id, name, shortName, segmentLines));
      }
      lines += segmentLines.size();
    }
    Limits.LINES.allows(lines, node.loc(), diagnostics);
    return result;
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
