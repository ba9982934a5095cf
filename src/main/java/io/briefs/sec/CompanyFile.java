package io.briefs.sec;

import io.briefs.diag.BriefsException;
import io.briefs.diag.Diagnostic;
import io.briefs.diag.Severity;
import io.briefs.model.Units;
import java.time.LocalDate;
import java.time.Month;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * A company's {@code company.yaml} as an import sees it: drafted when missing (id, name, currency,
 * fiscal year end), read when present (never changed).
 */
record CompanyFile(@Nullable String id, @Nullable String name, LinePosition nameAt, @Nullable String currency, LinePosition currencyAt,
    Month yearEnd, LinePosition yearEndAt, String file) {

  /** Where a value is written: 1-based line and column; 0, 0 when the key is missing. */
  record LinePosition(int line, int column) {}

  private static final Set<String> LEGAL_WORDS = Set.of("inc", "incorporated", "corp", "corporation", "co",
      "company", "ltd", "limited", "plc", "llc", "lp", "sa", "ag", "nv", "se", "the", "de", "holding", "holdings");

  /** Reads what an import needs of an existing company.yaml. */
  static CompanyFile read(YamlText yaml) throws BriefsException {
    String name = scalar(yaml, "name");
    String currency = scalar(yaml, "currency");
    String yearEnd = scalar(yaml, "fiscal_year_end");
    Month month = null;
    for (Month m : Month.values()) {
      if (m.name().toLowerCase(Locale.ROOT).equals(yearEnd)) {
        month = m;
      }
    }
    if (month == null) {
      LinePosition at = at(yaml, "fiscal_year_end");
      throw new BriefsException(List.of(new Diagnostic(yaml.file, at.line(), at.column(), Severity.ERROR,
          "fiscal_year_end must be a month name such as january; the import maps periods with it")));
    }
    return new CompanyFile(scalar(yaml, "id"), name, at(yaml, "name"), currency, at(yaml, "currency"), month,
        at(yaml, "fiscal_year_end"), yaml.file);
  }

  private static @Nullable String scalar(YamlText yaml, String key) {
    return yaml.root.get(key) instanceof YamlText.YamlNode.Scalar s ? s.value() : null;
  }

  private static LinePosition at(YamlText yaml, String key) {
    YamlText.YamlNode n = yaml.root.get(key);
    return n == null ? new LinePosition(0, 0)
        : new LinePosition(n.start().line() + 1, n.start().offset() - yaml.lineStart(n.start().line()) + 1);
  }

  /**
   * Whether two names are the same company's: their words, less legal forms (Inc., Corp.) and
   * case, one within the other ("Dell Technologies Inc." and "DELL TECHNOLOGIES INC", or "Dell").
   */
  static boolean sameCompany(String a, String b) {
    Set<String> x = words(a);
    Set<String> y = words(b);
    return !x.isEmpty() && !y.isEmpty() && (x.containsAll(y) || y.containsAll(x));
  }

  private static Set<String> words(String name) {
    return Arrays.stream(name.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
        .filter(w -> !w.isEmpty() && !LEGAL_WORDS.contains(w))
        .collect(Collectors.toSet());
  }

  /** A new company.yaml. */
  static String draft(String id, String name, long cik, String currency, Month yearEnd, List<LocalDate> yearEnds) {
    String month = yearEnd.name().toLowerCase(Locale.ROOT);
    String ends = yearEnds.stream().sorted().skip(Math.max(0, yearEnds.size() - 2)).map(LocalDate::toString)
        .collect(Collectors.joining(", "));
    KeyTree.Branch d = new KeyTree.Branch(null)
        .put("id", new KeyTree.Leaf(new KeyTree.ExactText(id), s -> null))
        .put("name", new KeyTree.Leaf(new KeyTree.ExactText(name), s -> "entityName in the SEC company facts"))
        .put("currency", new KeyTree.Leaf(new KeyTree.ExactText(currency), s -> "the unit of its revenue facts"))
        .put("fiscal_year_end", new KeyTree.Leaf(new KeyTree.ExactText(month), s -> "fiscal years ending " + ends));
    return FileMerge.render(List.of(
        "# yaml-language-server: $schema=../../schema/company.schema.json",
        "# Drafted by `briefs import sec` from SEC company facts (CIK " + cik + "). Add short_name, ticker,",
        "# exchange, segments and KPIs: company facts do not hold them (see docs/import-sec.md)."), d, Units.MILLIONS);
  }
}
