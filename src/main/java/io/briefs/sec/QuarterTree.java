package io.briefs.sec;

import io.briefs.model.Metric;
import io.briefs.model.Units;
import io.briefs.model.ValueKind;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** A quarter draft as the keys of a quarter file, each value with a comment naming its filing. */
final class QuarterTree {
  private QuarterTree() {}

  /** The longest the dataset format lets a release follow its quarter's end. */
  static final int MAX_REPORTING_DAYS = 120;

  /** The keys of the quarter file. */
  static KeyTree.Branch of(QuarterDraft d, String company, long cik) {
    Filing own = d.filing();
    LocalDate latest = d.periodEnd().plusDays(MAX_REPORTING_DAYS);
    boolean late = own.filed().isAfter(latest);
    KeyTree.Branch root = new KeyTree.Branch(null)
        .put("company", new KeyTree.Leaf(new KeyTree.ExactText(company), s -> null))
        .put("period", new KeyTree.Leaf(new KeyTree.ExactText(d.period().label()), s -> null))
        .put("period_end", new KeyTree.Leaf(new KeyTree.Day(d.periodEnd(), "the " + own.cite()),
            s -> own.form() + " " + own.accession()))
        .put("reported", new KeyTree.Leaf(new KeyTree.ReportedBy(own, late ? latest : own.filed()),
            s -> late ? "the " + own.form() + " came " + ChronoUnit.DAYS.between(d.periodEnd(), own.filed())
                + " days after the quarter; " + MAX_REPORTING_DAYS + " is the most allowed: set the release date"
                : "filing date of the " + own.form() + "; the results release may be earlier"))
        .put("units", new KeyTree.Leaf(new KeyTree.FileUnits(Units.MILLIONS), s -> null));
    root.put("results", results(d.results(), Map.of()));
    if (!d.comparatives().isEmpty()) {
      KeyTree.Branch comparatives = new KeyTree.Branch(null);
      d.comparatives().forEach((period, c) -> comparatives.put(period.label(),
          new KeyTree.Branch(c.revised() ? "as known at the " + own.form() + ": revised since first reported"
              : "the year-ago quarter as the " + own.form() + " gives it")
              .put("results", results(c.results(), c.firstReported()))));
      root.put("comparatives", comparatives);
    }
    root.put("sources", new KeyTree.Verbatim(sources(d, cik)));
    return root;
  }

  /** The comment lines a new quarter file starts with. */
  static List<String> header(QuarterDraft d, CompanyFacts facts) {
    return List.of(
        "# yaml-language-server: $schema=../../schema/quarter.schema.json",
        "# " + YamlScalars.commentText(facts.entityName()) + " " + d.period().label()
            + ": drafted by `briefs import sec` from SEC company facts (CIK " + facts.cik() + ").",
        "# Each figure names its filing. Set `reported` to the results release's date and add what the",
        "# facts do not hold: segments, KPIs, non-GAAP figures, guidance, consensus (docs/import-sec.md).");
  }

  private static KeyTree.Branch results(Map<Metric, Figure> figures, Map<Metric, Figure> firstReported) {
    KeyTree.Branch b = new KeyTree.Branch(null);
    for (Metric m : Metric.values()) {
      Figure f = figures.get(m);
      if (f == null) {
        continue;
      }
      boolean money = m.kind() == ValueKind.MONEY;
      Figure first = firstReported.get(m);
      b.put(m.key(), new KeyTree.Leaf(new KeyTree.NumberValue(f.value(), money, source(f)), scale -> {
        String text = comment(f, money, scale);
        return first == null ? text : text + " (first reported " + (money ? scale.written(first.value())
            : first.value().toPlainString()) + ")";
      }));
    }
    return b;
  }

  /** How a warning names where a value comes from. */
  private static String source(Figure f) {
    Figure.Derivation d = f.derivation();
    return "the " + f.filing().cite() + (d == null ? "" : " (" + d.total() + " less " + d.earlier() + ")");
  }

  private static String comment(Figure f, boolean money, Units scale) {
    Figure.Derivation d = f.derivation();
    String cite = f.filing().cite();
    if (d == null || !money) {
      return cite;
    }
    return cite + ": " + d.total() + " " + scale.written(d.totalValue()) + " less " + d.earlier() + " "
        + scale.written(d.earlierValue());
  }

  /** A source entry for each filing the file's figures come from, oldest first. */
  private static List<String> sources(QuarterDraft d, long cik) {
    TreeSet<Filing> filings = new TreeSet<>(Filing.ORDER);
    filings.add(d.filing());
    d.results().values().forEach(f -> filings.add(f.filing()));
    d.comparatives().values().forEach(c -> c.results().values().forEach(f -> filings.add(f.filing())));
    List<String> lines = new ArrayList<>();
    for (Filing f : filings) {
      lines.add("- title: " + YamlScalars.quoted("Form " + f.form() + " filed " + f.filed() + ", accession "
          + f.accession() + " (SEC EDGAR)"));
      lines.add("  url: " + YamlScalars.quoted(f.url(cik)));
    }
    return lines;
  }
}
