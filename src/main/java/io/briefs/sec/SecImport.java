package io.briefs.sec;

import io.briefs.diag.BriefsException;
import io.briefs.diag.Diagnostic;
import io.briefs.diag.Severity;
import io.briefs.model.FiscalQuarter;
import io.briefs.model.Metric;
import io.briefs.model.Units;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * {@code briefs import sec}: drafts a company's quarter files (and its company.yaml when missing)
 * from an SEC XBRL company-facts document. Files that exist get only the keys they lack; what a
 * person wrote is never changed, and a value that disagrees with the filings is reported.
 */
public final class SecImport {
  private SecImport() {}

  /**
   * What to import.
   *
   * @param since the first quarter to draft; null for every quarter the document has
   * @param dryRun report what would be written, write nothing
   * @param anyName import even when company.yaml names another company than the document
   */
  public record ImportRequest(Path data, String company, @Nullable FiscalQuarter since, boolean dryRun, boolean anyName) {}

  /**
   * What an import did.
   *
   * @param lines what it wrote or would write, and what it left for a person, one line each
   * @param diagnostics errors (the import stopped or skipped a file) and warnings (a file's value
   *     disagrees with the filings)
   */
  public record Outcome(List<String> lines, List<Diagnostic> diagnostics) {
    public boolean failed() {
      return diagnostics.stream().anyMatch(d -> d.severity() == Severity.ERROR);
    }
  }

  /**
   * Imports a document.
   *
   * @param source how messages name the document: its file or address
   */
  public static Outcome run(String source, byte[] document, ImportRequest request) {
    List<String> lines = new ArrayList<>();
    List<Diagnostic> diagnostics = new ArrayList<>();
    try {
      new Importer(source, document, request, lines, diagnostics).run();
    } catch (BriefsException e) {
      diagnostics.addAll(e.diagnostics());
    }
    return new Outcome(lines, diagnostics);
  }

  private static final class Importer {
    private final String source;
    private final byte[] document;
    private final ImportRequest request;
    private final List<String> lines;
    private final List<Diagnostic> diagnostics;
    private int created;
    private int updated;
    private int unchanged;

    Importer(String source, byte[] document, ImportRequest request, List<String> lines, List<Diagnostic> diagnostics) {
      this.source = source;
      this.document = document;
      this.request = request;
      this.lines = lines;
      this.diagnostics = diagnostics;
    }

    void run() throws BriefsException {
      CompanyFacts facts = CompanyFactsReader.read(source, document, Concept.NAMES);
      String currency = currency(facts);
      SafeFiles files = SafeFiles.companyFolder(request.data(), request.company(), !request.dryRun());
      Path companyPath = files.file("company.yaml");
      String companyText = files.read(companyPath);
      List<LocalDate> yearEnds = fiscalYearEnds(facts);
      Month inferred = FiscalCalendar.inferYearEnd(yearEnds);
      Month yearEnd;
      if (companyText != null) {
        CompanyFile company = CompanyFile.read(YamlText.parse(companyPath.toString(), companyText));
        check(company, facts, currency, inferred);
        yearEnd = company.yearEnd();
      } else if (inferred == null) {
        throw error(source, "cannot tell in which month the fiscal year ends: the document has no fiscal-year"
            + " facts from a 10-K; write " + companyPath + " with fiscal_year_end first");
      } else {
        yearEnd = inferred;
      }
      FiscalCalendar calendar = new FiscalCalendar(yearEnd);
      QuarterDrafts drafter = new QuarterDrafts(facts, currency, calendar);
      Set<FiscalQuarter> existing = existingQuarters(files.folder());
      List<QuarterDraft> drafts = drafter.drafts(request.since(), existing);
      if (companyText == null) {
        String text = CompanyFile.draft(request.company(), facts.entityName(), facts.cik(), currency, yearEnd, yearEnds);
        write(files, companyPath, text);
        lines.add(verb("created") + " " + companyPath);
      }
      for (QuarterDraft d : drafts) {
        quarter(files, facts, d);
      }
      drafter.notes().forEach(n -> lines.add("note: " + n));
      lines.add(summary(facts, drafts.size()));
    }

    private void quarter(SafeFiles files, CompanyFacts facts, QuarterDraft d) throws BriefsException {
      Path path = files.file(d.period().slug() + ".yaml");
      KeyTree.Branch tree = QuarterTree.of(d, request.company(), facts.cik());
      String text;
      try {
        text = files.read(path);
      } catch (BriefsException e) {
        diagnostics.addAll(e.diagnostics());
        return;
      }
      if (text == null) {
        if (!d.results().containsKey(Metric.REVENUE)) {
          lines.add("note: " + d.period().label() + ": not drafted: the filings give no revenue for it");
          return;
        }
        write(files, path, FileMerge.render(QuarterTree.header(d, facts), tree, Units.MILLIONS));
        created++;
        lines.add(verb("created") + " " + path + ": " + contents(d));
        return;
      }
      YamlText yaml;
      try {
        yaml = YamlText.parse(path.toString(), text);
      } catch (BriefsException e) {
        diagnostics.addAll(e.diagnostics());
        lines.add("skipped " + path + ": it is not valid YAML; fix it and import again");
        return;
      }
      Units scale = scaleOf(yaml);
      if (scale == null) {
        diagnostics.add(new Diagnostic(path.toString(), yaml.root.entry("units").keyAt().line() + 1, 1,
            Severity.WARNING, "units is not one of units, thousands, millions, billions: nothing was added"));
        unchanged++;
        return;
      }
      FileMerge.Merged merged = FileMerge.merge(yaml, tree, scale);
      diagnostics.addAll(merged.warnings());
      if (merged.changed()) {
        write(files, path, merged.text());
        updated++;
        lines.add(verb("updated") + " " + path + ": added " + String.join(", ", merged.added()));
      } else {
        unchanged++;
        lines.add("unchanged " + path);
      }
    }

    private static Units scaleOf(YamlText yaml) {
      YamlText.YamlNode units = yaml.root.get("units");
      if (units == null) {
        return Units.MILLIONS; // the draft adds units: millions
      }
      return units instanceof YamlText.YamlNode.Scalar s ? Units.of(s.value()) : null;
    }

    private void write(SafeFiles files, Path path, String text) throws BriefsException {
      if (!request.dryRun()) {
        files.write(path, text);
      }
    }

    private String verb(String done) {
      return request.dryRun() ? "would have " + done : done;
    }

    private static String contents(QuarterDraft d) {
      String results = d.results().keySet().stream().map(Metric::key).collect(Collectors.joining(", "));
      if (d.comparatives().isEmpty()) {
        return results;
      }
      return results + "; comparatives " + d.comparatives().keySet().stream().map(FiscalQuarter::label)
          .collect(Collectors.joining(", "));
    }

    private String summary(CompanyFacts facts, int quarters) {
      long warnings = diagnostics.stream().filter(x -> x.severity() == Severity.WARNING).count();
      long errors = diagnostics.stream().filter(x -> x.severity() == Severity.ERROR).count();
      return (request.dryRun() ? "dry run: " : "") + quarters + (quarters == 1 ? " quarter" : " quarters") + " of "
          + YamlScalars.commentText(facts.entityName()) + " (CIK " + facts.cik() + "): " + created + " created, "
          + updated + " updated, " + unchanged + " unchanged; " + errors + (errors == 1 ? " error, " : " errors, ")
          + warnings + (warnings == 1 ? " warning" : " warnings");
    }

    /** The currency of the document's revenue: the most common three-letter unit of its facts. */
    private String currency(CompanyFacts facts) throws BriefsException {
      Map<String, Integer> counts = new HashMap<>();
      facts.facts().stream()
          .filter(f -> Concept.REVENUE.names().contains(f.concept()) && f.unit().matches("[A-Z]{3}"))
          .forEach(f -> counts.merge(f.unit(), 1, Integer::sum));
      return counts.entrySet().stream()
          .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
          .map(Map.Entry::getKey)
          .orElseThrow(() -> error(source, "the document has no revenue facts (us-gaap "
              + String.join(", ", Concept.REVENUE.names()) + "): there is nothing to draft"));
    }

    /** The last days of the fiscal years the annual reports give. */
    private static List<LocalDate> fiscalYearEnds(CompanyFacts facts) {
      Set<LocalDate> out = new TreeSet<>();
      for (XbrlFact f : facts.facts()) {
        if (f.start() != null && f.filing().form().toUpperCase(Locale.ROOT).startsWith("10-K")) {
          long days = ChronoUnit.DAYS.between(f.start(), f.end()) + 1;
          if (days >= 350 && days <= 380) {
            out.add(f.end());
          }
        }
      }
      return new ArrayList<>(out);
    }

    private void check(CompanyFile company, CompanyFacts facts, String currency, Month inferred)
        throws BriefsException {
      if (company.id() != null && !company.id().equals(request.company())) {
        throw error(company.file(), "id `" + company.id() + "` is not `" + request.company()
            + "`, the company being imported");
      }
      if (company.currency() != null && !company.currency().equals(currency)) {
        throw located(company.file(), company.currencyAt(), "the company reports in " + company.currency()
            + " but the document's revenue is in " + currency + ": is it the right company?");
      }
      if (!request.anyName() && company.name() != null && !facts.entityName().isEmpty()
          && !CompanyFile.sameCompany(company.name(), facts.entityName())) {
        throw located(company.file(), company.nameAt(), "this is " + company.name()
            + ", but the document is for " + YamlScalars.commentText(facts.entityName()) + " (CIK " + facts.cik()
            + "): import into the right company, or pass --any-name if the names differ for the same company");
      }
      if (inferred != null && inferred != company.yearEnd()) {
        CompanyFile.LinePosition at = company.yearEndAt();
        diagnostics.add(new Diagnostic(company.file(), at.line(), at.column(), Severity.WARNING,
            "the filings' fiscal years end in " + inferred.name().toLowerCase(Locale.ROOT) + ", not "
                + company.yearEnd().name().toLowerCase(Locale.ROOT) + "; periods were mapped with "
                + company.yearEnd().name().toLowerCase(Locale.ROOT)));
      }
    }

    private static Set<FiscalQuarter> existingQuarters(Path folder) {
      Set<FiscalQuarter> out = new TreeSet<>();
      if (!Files.isDirectory(folder)) {
        return out;
      }
      try (Stream<Path> entries = Files.list(folder)) {
        entries.map(p -> p.getFileName().toString())
            .filter(n -> n.endsWith(".yaml"))
            .map(n -> FiscalQuarter.parseSlug(n.substring(0, n.length() - 5)))
            .filter(q -> q != null)
            .forEach(out::add);
      } catch (IOException e) {
        return out;
      }
      return out;
    }

    private static BriefsException located(String file, CompanyFile.LinePosition at, String message) {
      return new BriefsException(List.of(new Diagnostic(file, at.line(), at.column(), Severity.ERROR, message)));
    }

    private static BriefsException error(String file, String message) {
      return new BriefsException(List.of(new Diagnostic(file, 0, 0, Severity.ERROR, message)));
    }
  }
}
