package io.briefs.load;

import io.briefs.diag.Diagnostics;
import io.briefs.model.Amount;
import io.briefs.model.Company;
import io.briefs.model.Coverage;
import io.briefs.model.Figures;
import io.briefs.model.FiscalQuarter;
import io.briefs.model.Guidance;
import io.briefs.model.Metric;
import io.briefs.model.OneOff;
import io.briefs.model.Quarter;
import io.briefs.model.Segment;
import io.briefs.model.Units;
import io.briefs.model.ValueKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Maps a parsed quarter file to a {@link Quarter}. */
final class QuarterReader {
  private final Company company;
  private final Diagnostics diagnostics;
  private final Scalars scalars;

  QuarterReader(Company company, Diagnostics diagnostics) {
    this.company = company;
    this.diagnostics = diagnostics;
    this.scalars = new Scalars(diagnostics);
  }

  /**
   * The quarter, or null when what it is cannot be read (all reported). A file with problems whose
   * header and revenue could still be read is returned with what could be read: the rules across
   * files then check it too, so every problem of a file is reported at once, and its neighbours do
   * not report it as missing. A build refuses it all the same, for its own errors.
   *
   * @param named the period the file name gives
   */
  Quarter read(MapNode root, String file, FiscalQuarter named) {
    int before = diagnostics.errorCount();
    MapReader r = MapReader.of(root, "a quarter file", diagnostics);
    checkCompany(r.require("company"));
    FiscalQuarter period = period(r.require("period"), named);
    Node periodEndNode = r.require("period_end");
    LocalDate periodEnd = date(periodEndNode, "period_end");
    Node reportedNode = r.require("reported");
    LocalDate reported = date(reportedNode, "reported");
    Units parsedUnits = units(r.require("units"));
    Units units = parsedUnits == null ? Units.UNITS : parsedUnits;
    // a header with a problem (a period that is not the file's, a bad date) makes the whole file unread:
    // rules checking it against its neighbours would only repeat that problem in other words
    boolean headerRead = diagnostics.errorCount() == before;
    QuarterFile quarterFile = QuarterFile.of(company, units, diagnostics);
    FiguresReader figuresReader = new FiguresReader(quarterFile);
    Figures figures = figuresReader.figures(r, named, FiguresReader.Place.OWN);
    Node n = r.get("comparatives");
    Map<FiscalQuarter, Figures> comparatives = n == null ? Map.of() : comparatives(n, figuresReader, period);
    n = r.get("guidance");
    List<Guidance> guidance =
        n == null ? List.of() : new GuidanceReader(quarterFile).read(n);
    n = r.get("one_offs");
    List<OneOff> oneOffs = n == null ? List.of() : oneOffs(n, figuresReader, named);
    Coverage coverage = new ExtrasReader(figuresReader, diagnostics).coverage(r);
    r.finish();
    boolean readable = headerRead && period != null && periodEnd != null && reported != null
        && figures.result(Metric.REVENUE) != null;
    if (diagnostics.errorCount() > before && !readable) {
      return null;
    }
    return new Quarter(
        company.id(), period, periodEnd, reported, figures, comparatives, guidance, coverage, file,
        periodEndNode.loc(), reportedNode.loc(), oneOffs);
  }

  /** The {@code one_offs} list: label, amount, and optionally segment and source. */
  private List<OneOff> oneOffs(Node node, FiguresReader figuresReader, FiscalQuarter period) {
    List<OneOff> out = new ArrayList<>();
    for (Node item : Lists.items(node, "one_offs", diagnostics)) {
      MapReader r = MapReader.of(item, "a one-off item", diagnostics);
      if (r == null) {
        continue;
      }
      Node labelNode = r.require("label");
      String label = labelNode == null ? null : scalars.text(labelNode, "what the item is (Goodwill impairment)");
      Node amountNode = r.require("amount");
      Amount amount = amountNode == null ? null : figuresReader.amount(amountNode, ValueKind.MONEY, "the amount");
      if (amount != null && (amount.hasStatedChange() || amount.statedChangeCcPct() != null
          || amount.statedChangeBps() != null)) {
        diagnostics.error(amountNode.loc(), "a one-off item's amount has no stated change: write the amount"
            + " alone, or { value: 1361, approximate: true }");
        amount = null;
      } else if (amount != null && amount.record() != null) {
        // a record of a one-off item would be checked nowhere and said nowhere
        diagnostics.error(amountNode.loc(), "a one-off item's amount cannot be a record: write the amount"
            + " alone, or { value: 1361, approximate: true }");
        amount = null;
      }
      Node segmentNode = r.get("segment");
      String segment = segmentNode == null ? null : segment(segmentNode, period);
      Node sourceNode = r.get("source");
      String source = sourceNode == null ? null : scalars.text(sourceNode, "where the item is disclosed");
      r.finish();
      if (label != null && amount != null && (segmentNode == null || segment != null)) {
        out.add(new OneOff(label, amount, segment, source, item.loc()));
      }
    }
    return out;
  }

  /** A segment id in use in {@code period}, as the segment's current id; null after reporting. */
  private String segment(Node node, FiscalQuarter period) {
    String text = scalars.text(node, "a segment id declared in company.yaml");
    if (text == null) {
      return null;
    }
    Segment s = company.segmentAt(text, period);
    if (s == null) {
      List<String> ids = company.segments().stream().map(x -> period == null ? x.id() : x.idAt(period)).toList();
      diagnostics.error(node.loc(), "segment `" + text + "` is not a segment declared in company.yaml"
          + (ids.isEmpty() ? " (it declares none)" : Suggest.hint(text, ids)));
      return null;
    }
    return s.id();
  }

  private void checkCompany(Node node) {
    String text = node == null ? null : scalars.text(node, "the company id");
    if (text != null && !text.equals(company.id())) {
      diagnostics.error(
          node.loc(),
          "company `" + text + "` does not match the folder's company `" + company.id() + "`");
    }
  }

  private FiscalQuarter period(Node node, FiscalQuarter named) {
    String text = node == null ? null : scalars.text(node, "a period such as FY2026-Q1");
    if (text == null) {
      return null;
    }
    FiscalQuarter period = FiscalQuarter.parse(text);
    if (period == null) {
      diagnostics.error(node.loc(), "period `" + text + "` is not a fiscal quarter like FY2026-Q1"
          + PeriodHint.hint(text, true));
    } else if (!period.equals(named)) {
      diagnostics.error(
          node.loc(),
          "period " + period.label() + " does not match the file name " + named.slug()
              + ".yaml; rename the file to " + period.slug() + ".yaml or fix the period");
    }
    return period;
  }

  private LocalDate date(Node node, String what) {
    return node == null ? null : scalars.date(node, what);
  }

  private Units units(Node node) {
    return Enums.read(scalars, diagnostics, node, "units", Units.class);
  }

  private Map<FiscalQuarter, Figures> comparatives(
      Node node, FiguresReader figuresReader, FiscalQuarter current) {
    MapReader r = MapReader.of(node, "comparatives", diagnostics);
    Map<FiscalQuarter, Figures> out = new LinkedHashMap<>();
    if (r == null || !Limits.COMPARATIVES.allows(r.entries().size(), node.loc(), diagnostics)) {
      return out;
    }
    for (MapNode.Pair e : r.entries()) {
      FiscalQuarter period = FiscalQuarter.parse(e.key());
      if (period == null) {
        diagnostics.error(e.keyLoc(), "comparatives are keyed by fiscal quarter like FY2025-Q1,"
            + " found `" + e.key() + "`" + PeriodHint.hint(e.key(), true));
        continue;
      }
      if (current != null && period.compareTo(current) >= 0) {
        // a release can only restate the past; a later key is almost always a typo in the year
        diagnostics.error(e.keyLoc(), "comparatives give figures of earlier periods; "
            + period.label() + " is not before this file's period " + current.label());
      }
      MapReader inner = MapReader.of(e.value(), "comparatives for " + period.label(), diagnostics);
      if (inner != null) {
        Figures figures = figuresReader.figures(inner, period, FiguresReader.Place.PRIOR);
        inner.finish();
        out.put(period, figures);
      }
    }
    return out;
  }
}
