package io.briefs.sec;

import static io.briefs.sec.SecFixture.comparative;
import static io.briefs.sec.SecFixture.importInto;
import static io.briefs.sec.SecFixture.load;
import static io.briefs.sec.SecFixture.millions;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.briefs.cli.Run;
import io.briefs.cli.Trees;
import io.briefs.model.CompanyData;
import io.briefs.model.Metric;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code briefs import sec} on the company-facts fixture: Dell's 10-Q and 10-K figures from FY2024
 * to Q1 FY2026 in the SEC's document shape, with its traps (prior-year columns carrying the
 * filing's fy/fp, a revenue concept changed between years, fiscal-year-only 10-K figures, the
 * FY2025 10-K's revision of earlier quarters).
 */
class SecImportTest {
  @TempDir Path dir;

  private Path data() {
    return dir.resolve("data");
  }

  private static BigDecimal n(String text) {
    return new BigDecimal(text);
  }

  @Test
  void importIntoAnEmptyFolderGivesFilesThatValidateAndBuild() throws Exception {
    Run run = importInto(data());
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out()).contains("created " + data().resolve("dell/company.yaml"),
        "created " + data().resolve("dell/fy2026-q1.yaml") + ": revenue, operating_income, eps; comparatives FY2025-Q1",
        "9 quarters of Dell Technologies Inc. (CIK 1571996): 9 created, 0 updated, 0 unchanged; 0 errors, 0 warnings");
    assertThat(Files.list(data().resolve("dell")).map(p -> p.getFileName().toString()).sorted().toList())
        .containsExactly("company.yaml", "fy2024-q1.yaml", "fy2024-q2.yaml", "fy2024-q3.yaml", "fy2024-q4.yaml",
            "fy2025-q1.yaml", "fy2025-q2.yaml", "fy2025-q3.yaml", "fy2025-q4.yaml", "fy2026-q1.yaml");
    assertThat(Files.readString(data().resolve("dell/company.yaml"))).contains(
        "id: dell\n", "name: Dell Technologies Inc.", "currency: USD", "fiscal_year_end: january");

    Run validate = Run.of("validate", "--data", data().toString());
    assertThat(validate.code()).as(validate.err()).isZero();
    assertThat(validate.err()).isEmpty();
    assertThat(validate.out()).contains("ok: 1 company, 9 quarters");
    Path site = dir.resolve("site");
    Run build = Run.of("build", "--data", data().toString(), "--out", site.toString(), "--quiet");
    assertThat(build.code()).as(build.err()).isZero();
    assertThat(site.resolve("dell/fy2026-q1/index.html")).exists();
    assertThat(site.resolve("dell/fy2026-q1/dell-fy2026-q1.pdf")).exists();
  }

  @Test
  void theFirstQuarterFileReadsAsExpected() throws Exception {
    importInto(data());
    assertThat(Files.readString(data().resolve("dell/fy2026-q1.yaml"))).isEqualTo("""
        # yaml-language-server: $schema=../../schema/quarter.schema.json
        # Dell Technologies Inc. FY2026-Q1: drafted by `briefs import sec` from SEC company facts (CIK 1571996).
        # Each figure names its filing. Set `reported` to the results release's date and add what the
        # facts do not hold: segments, KPIs, non-GAAP figures, guidance, consensus (docs/import-sec.md).
        company: dell
        period: FY2026-Q1
        period_end: 2025-05-02            # 10-Q 0001571996-25-900007
        reported: 2025-06-10              # filing date of the 10-Q; the results release may be earlier
        units: millions
        results:
          revenue: 23378                  # 10-Q 0001571996-25-900007 filed 2025-06-10
          operating_income: 1165          # 10-Q 0001571996-25-900007 filed 2025-06-10
          eps: 1.37                       # 10-Q 0001571996-25-900007 filed 2025-06-10
        comparatives:
          FY2025-Q1:                      # as known at the 10-Q: revised since first reported
            results:
              revenue: 22244              # 10-Q 0001571996-25-900007 filed 2025-06-10
              operating_income: 965       # 10-Q 0001571996-25-900007 filed 2025-06-10 (first reported 920)
              net_income: 992             # 10-K 0001571996-25-000034 filed 2025-03-25 (first reported 955)
              eps: 1.37                   # 10-Q 0001571996-25-900007 filed 2025-06-10 (first reported 1.32)
              operating_cash_flow: 1043   # 10-Q 0001571996-24-900004 filed 2024-06-10
        sources:
          - title: "Form 10-Q filed 2024-06-10, accession 0001571996-24-900004 (SEC EDGAR)"
            url: "https://www.sec.gov/Archives/edgar/data/1571996/000157199624900004/0001571996-24-900004-index.htm"
          - title: "Form 10-K filed 2025-03-25, accession 0001571996-25-000034 (SEC EDGAR)"
            url: "https://www.sec.gov/Archives/edgar/data/1571996/000157199625000034/0001571996-25-000034-index.htm"
          - title: "Form 10-Q filed 2025-06-10, accession 0001571996-25-900007 (SEC EDGAR)"
            url: "https://www.sec.gov/Archives/edgar/data/1571996/000157199625900007/0001571996-25-900007-index.htm"
        """);
  }

  @Test
  void aFactsPeriodComesFromItsDatesNotFromTheFilingsFyAndFp() {
    // the trap is in the fixture: Q1 FY2024 revenue repeated by the Q1 FY2025 10-Q as fy 2025, fp Q1
    ObjectNode doc = SecFixture.tree();
    List<JsonNode> q1fy24 = StreamSupport.stream(SecFixture.facts(doc,
            "RevenueFromContractWithCustomerExcludingAssessedTax", "USD").spliterator(), false)
        .filter(f -> f.get("end").asText().equals("2023-05-05")).toList();
    assertThat(q1fy24).anySatisfy(f -> {
      assertThat(f.get("fy").asInt()).isEqualTo(2025);
      assertThat(f.get("fp").asText()).isEqualTo("Q1");
    });
    importInto(data());
    CompanyData dell = load(data());
    assertThat(millions(dell, "FY2025-Q1", Metric.REVENUE)).isEqualByComparingTo(n("22244"));
    assertThat(millions(dell, "FY2024-Q1", Metric.REVENUE)).isEqualByComparingTo(n("20922"));
    assertThat(millions(dell, "FY2025-Q1", Metric.OPERATING_INCOME)).isEqualByComparingTo(n("920"));
    assertThat(millions(dell, "FY2024-Q1", Metric.OPERATING_CASH_FLOW)).isEqualByComparingTo(n("1777"));
    assertThat(millions(dell, "FY2025-Q1", Metric.OPERATING_CASH_FLOW)).isEqualByComparingTo(n("1043"));
    // the Q1 FY2026 10-Q (fy 2026) gives Q1 FY2025: a comparative of FY2026-Q1, not FY2026-Q1's own
    assertThat(millions(dell, "FY2026-Q1", Metric.REVENUE)).isEqualByComparingTo(n("23378"));
    assertThat(dell.quarter(io.briefs.model.FiscalQuarter.parse("FY2026-Q1")).periodEnd()).hasToString("2025-05-02");
  }

  @Test
  void aFourthQuarterIsTheYearLessThreeQuartersForAmountsButNeverForEps() throws Exception {
    Run run = importInto(data());
    CompanyData dell = load(data());
    // FY2024: the 10-K gives the year only; Q4 = 88425 - (20922 + 22934 + 22251), as released
    assertThat(millions(dell, "FY2024-Q4", Metric.REVENUE)).isEqualByComparingTo(n("22318"));
    assertThat(millions(dell, "FY2024-Q4", Metric.OPERATING_INCOME)).isEqualByComparingTo(n("1491"));
    // 4.36 - 0.79 - 0.63 - 1.36 = 1.58, but the quarter's EPS was 1.59: never derived
    assertThat(millions(dell, "FY2024-Q4", Metric.EPS)).isNull();
    assertThat(run.out()).contains("note: FY2024-Q4: eps left out: the 10-K gives diluted EPS for the fiscal year"
        + " (4.36) but not for the quarter");
    String fy24q4 = Files.readString(data().resolve("dell/fy2024-q4.yaml"));
    assertThat(fy24q4).contains("revenue: 22318                  # 10-K 0001571996-24-900003 filed 2024-03-25:"
        + " the fiscal year 88425 less Q1 to Q3 66107").doesNotContain("eps");
    // FY2025: the year (Revenues) less nine months (the older revenue concept)
    assertThat(millions(dell, "FY2025-Q4", Metric.REVENUE)).isEqualByComparingTo(n("23931"));
    assertThat(Files.readString(data().resolve("dell/fy2025-q4.yaml")))
        .contains("the fiscal year 95567 less nine months 71636");
    // the FY2025 10-K gives the fourth quarter's EPS itself (its schedule of revised quarters)
    assertThat(millions(dell, "FY2025-Q4", Metric.EPS)).isEqualByComparingTo(n("2.15"));
    assertThat(millions(dell, "FY2025-Q4", Metric.OPERATING_INCOME)).isEqualByComparingTo(n("2159"));
  }

  @Test
  void yearToDateFiguresBecomeQuartersByDifference() throws Exception {
    // a 10-Q gives cash flows year to date only; every amount is treated alike: without the Q3
    // 10-Q's three-month revenue and operating income, the quarter is nine months less six
    ObjectNode doc = SecFixture.tree();
    SecFixture.remove(doc, "RevenueFromContractWithCustomerExcludingAssessedTax", "USD",
        f -> f.get("start").asText().equals("2024-08-03"));
    SecFixture.remove(doc, "OperatingIncomeLoss", "USD",
        f -> f.get("start").asText().equals("2024-08-03") && f.get("form").asText().equals("10-Q"));
    Path document = SecFixture.write(doc, dir.resolve("ytd.json"));
    Run run = importInto(data(), document);
    assertThat(run.code()).as(run.err()).isZero();
    CompanyData dell = load(data());
    assertThat(millions(dell, "FY2025-Q3", Metric.REVENUE)).isEqualByComparingTo(n("24366")); // 71636 - 22244 - 25026
    assertThat(millions(dell, "FY2025-Q3", Metric.OPERATING_INCOME)).isEqualByComparingTo(n("1668")); // 3930 - 920 - 1342
    assertThat(Files.readString(data().resolve("dell/fy2025-q3.yaml")))
        .contains("revenue: 24366                  # 10-Q 0001571996-24-900006 filed 2024-12-09: nine months 71636"
            + " less Q1 and Q2 47270");
    // the first quarter's year to date is the quarter: operating cash flow of Q1 FY2025 and FY2024
    assertThat(millions(dell, "FY2025-Q1", Metric.OPERATING_CASH_FLOW)).isEqualByComparingTo(n("1043"));
    // a quarter with no figure of its own and no year to date stays without one
    assertThat(millions(dell, "FY2025-Q2", Metric.OPERATING_CASH_FLOW)).isNull();
  }

  @Test
  void revenueConceptsAreMergedAndWithinAFilingThePreferredConceptWins() throws Exception {
    ObjectNode doc = SecFixture.tree();
    // the fixture's revenue changes concept with the FY2025 10-K
    assertThat(SecFixture.facts(doc, "Revenues", "USD")).allSatisfy(f ->
        assertThat(f.get("filed").asText()).isGreaterThanOrEqualTo("2025-03-25"));
    assertThat(SecFixture.facts(doc, "RevenueFromContractWithCustomerExcludingAssessedTax", "USD")).allSatisfy(f ->
        assertThat(f.get("filed").asText()).isLessThan("2025-03-25"));
    importInto(data());
    CompanyData dell = load(data());
    for (String[] q : new String[][] {{"FY2024-Q1", "20922"}, {"FY2024-Q4", "22318"}, {"FY2025-Q3", "24366"},
        {"FY2025-Q4", "23931"}, {"FY2026-Q1", "23378"}}) {
      assertThat(millions(dell, q[0], Metric.REVENUE)).as(q[0]).isEqualByComparingTo(n(q[1]));
    }
    // one filing tagging the same quarter with two concepts: Revenues is preferred (here a
    // constructed case: the Q1 FY2025 10-Q also tags 23378 as Revenues for its quarter)
    ObjectNode both = SecFixture.tree();
    JsonNode q1 = StreamSupport.stream(SecFixture.facts(both, "RevenueFromContractWithCustomerExcludingAssessedTax",
        "USD").spliterator(), false).filter(f -> f.get("end").asText().equals("2024-05-03")).findFirst().orElseThrow();
    ObjectNode copy = q1.deepCopy();
    copy.put("val", 23378000000L);
    SecFixture.facts(both, "Revenues", "USD").add(copy);
    Path other = dir.resolve("other");
    importInto(other, SecFixture.write(both, dir.resolve("both.json")));
    assertThat(millions(load(other), "FY2025-Q1", Metric.REVENUE)).isEqualByComparingTo(n("23378"));
  }

  @Test
  void aLaterFilingsRevisionBecomesAComparativeOfTheLaterQuarter() {
    importInto(data());
    CompanyData dell = load(data());
    // each quarter keeps its figures as first reported
    assertThat(millions(dell, "FY2025-Q1", Metric.OPERATING_INCOME)).isEqualByComparingTo(n("920"));
    assertThat(millions(dell, "FY2025-Q1", Metric.EPS)).isEqualByComparingTo(n("1.32"));
    assertThat(millions(dell, "FY2025-Q2", Metric.OPERATING_INCOME)).isEqualByComparingTo(n("1342"));
    // the FY2025 10-K's revisions are comparatives of FY2025-Q4
    assertThat(comparative(dell, "FY2025-Q4", "FY2025-Q1", Metric.OPERATING_INCOME)).isEqualByComparingTo(n("965"));
    assertThat(comparative(dell, "FY2025-Q4", "FY2025-Q2", Metric.OPERATING_INCOME)).isEqualByComparingTo(n("1392"));
    assertThat(comparative(dell, "FY2025-Q4", "FY2025-Q3", Metric.NET_INCOME)).isEqualByComparingTo(n("1170"));
    assertThat(comparative(dell, "FY2025-Q4", "FY2024-Q4", Metric.OPERATING_INCOME)).isEqualByComparingTo(n("1547"));
    // with the unrevised figures as known then, so no comparison loses them
    assertThat(comparative(dell, "FY2025-Q4", "FY2024-Q4", Metric.REVENUE)).isEqualByComparingTo(n("22318"));
    // and the next 10-Q's prior-year column, on the revised basis, is FY2026-Q1's
    assertThat(comparative(dell, "FY2026-Q1", "FY2025-Q1", Metric.OPERATING_INCOME)).isEqualByComparingTo(n("965"));
    assertThat(comparative(dell, "FY2026-Q1", "FY2025-Q1", Metric.EPS)).isEqualByComparingTo(n("1.37"));
    assertThat(comparative(dell, "FY2026-Q1", "FY2025-Q1", Metric.REVENUE)).isEqualByComparingTo(n("22244"));
    // a prior-year column that agrees with the quarter's own file is no comparative
    assertThat(dell.quarter(io.briefs.model.FiscalQuarter.parse("FY2025-Q1")).comparatives()).isEmpty();
    Run notes = Run.of("validate", "--data", data().toString(), "--notes");
    assertThat(notes.code()).isZero();
    assertThat(notes.err()).contains("fy2026-q1.yaml:18:25: note: FY2025-Q1 operating income restated: 965 million"
        + " in this release, 920 million as first reported");
  }

  @Test
  void aYearAgoQuarterWithoutAFileComesAsAComparative() {
    Run run = importInto(data(), "--since", "FY2025-Q1");
    assertThat(run.code()).as(run.err()).isZero();
    CompanyData dell = load(data());
    assertThat(dell.quarters()).hasSize(5);
    assertThat(comparative(dell, "FY2025-Q1", "FY2024-Q1", Metric.REVENUE)).isEqualByComparingTo(n("20922"));
    assertThat(comparative(dell, "FY2025-Q1", "FY2024-Q1", Metric.EPS)).isEqualByComparingTo(n("0.79"));
    assertThat(comparative(dell, "FY2025-Q2", "FY2024-Q2", Metric.REVENUE)).isEqualByComparingTo(n("22934"));
  }

  @Test
  void aSecondImportChangesNoByte() throws Exception {
    importInto(data());
    Map<String, String> before = Trees.snapshot(data());
    Run again = importInto(data());
    assertThat(again.code()).as(again.err()).isZero();
    assertThat(Trees.snapshot(data())).isEqualTo(before);
    assertThat(again.out()).contains("unchanged " + data().resolve("dell/fy2026-q1.yaml"),
        "0 created, 0 updated, 9 unchanged").doesNotContain("created " + data().resolve("dell/company.yaml"));
  }

  @Test
  void reimportAfterHandEditsKeepsEveryBytePersonWroteAndWarnsOnTheConflict() throws Exception {
    importInto(data());
    Path q1 = data().resolve("dell/fy2026-q1.yaml");
    Path company = data().resolve("dell/company.yaml");
    String edited = Files.readString(q1)
        .replace("  revenue: 23378                  # 10-Q", "  revenue: 23400                  # corrected by hand; 10-Q")
        .replace("units: millions\n", "units: millions\n# checked against the release on 29 May 2025\n")
        .replace("comparatives:\n", "segments:\n  isg: { revenue: 10317, operating_income: 998 }   # S_R42_Q1FY26\n"
            + "comparatives:\n");
    Files.writeString(q1, edited);
    Files.writeString(company, Files.readString(company) + "segments:\n  - { id: isg, name: Infrastructure Solutions"
        + " Group }\n");
    Map<String, String> before = Trees.snapshot(data());

    Run run = importInto(data());
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(Trees.snapshot(data())).isEqualTo(before);
    assertThat(run.err().strip()).isEqualTo(q1 + ":12:12: warning: results.revenue: kept 23400 as written; the 10-Q "
        + SecFixture.Q1_FY26_10Q + " filed 2025-06-10 gives 23378");
    assertThat(run.out()).contains("unchanged " + q1, "1 warning");
    assertThat(Run.of("validate", "--data", data().toString()).code()).isZero();
  }

  @Test
  void whatIsMissingIsAddedAndNothingElseMoves() throws Exception {
    importInto(data());
    Path q1 = data().resolve("dell/fy2026-q1.yaml");
    String full = Files.readString(q1);
    String epsLine = "  eps: 1.37                       # 10-Q 0001571996-25-900007 filed 2025-06-10\n";
    String comparatives = full.substring(full.indexOf("comparatives:\n"), full.indexOf("sources:\n"));
    String edited = full.replace(epsLine, "").replace(comparatives, "");
    Files.writeString(q1, edited);

    Run run = importInto(data());
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.out()).contains("updated " + q1 + ": added results.eps, comparatives");
    String merged = Files.readString(q1);
    assertThat(merged).contains(epsLine);
    // the person's text is all there, in order; the additions are whole lines
    assertThat(merged.replace(epsLine, "").replace(comparatives, "")).isEqualTo(edited);
    assertThat(merged.indexOf(epsLine)).isLessThan(merged.indexOf("sources:"));
    assertThat(merged).endsWith(comparatives);
    assertThat(Run.of("validate", "--data", data().toString()).code()).isZero();
  }

  @Test
  void mergingIntoTheHandWrittenDellDataAddsOnlyWhatIsMissing() throws Exception {
    Trees.copy(Path.of("data"), data());
    Map<String, String> original = Trees.snapshot(data());
    Run run = importInto(data(), "--since", "FY2025-Q1");
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.err()).as("the hand-written figures agree with the filings").isEmpty();
    assertThat(run.out()).contains("0 created, 3 updated, 2 unchanged",
        "updated " + data().resolve("dell/fy2026-q1.yaml") + ": added comparatives.FY2025-Q1.results.net_income,"
            + " comparatives.FY2025-Q1.results.operating_cash_flow");
    for (String name : original.keySet()) {
      List<String> before = Files.readAllLines(Path.of("data").resolve(name));
      List<String> after = Files.readAllLines(data().resolve(name));
      if (name.equals("dell/fy2026-q1.yaml")) { // a one-line mapping gets its keys inside the braces
        assertThat(after).contains("    results: { revenue: 22244, operating_income: 965, eps: 1.37, net_income: 992,"
            + " operating_cash_flow: 1043 }");
        after = after.stream().map(l -> l.replace(", net_income: 992, operating_cash_flow: 1043", "")).toList();
      }
      if (name.equals("dell/fy2025-q4.yaml")) { // the revision the 10-K printed, given its revenue too
        assertThat(after).contains("    results: { operating_income: 0.965, net_income: 0.992, eps: 1.37, revenue: 22.244,"
            + " operating_cash_flow: 1.043 }     # S_10K25_R62");
        after = after.stream().map(l -> l.replaceAll(", revenue: [0-9.]+(, operating_cash_flow: [0-9.]+)?", ""))
            .toList();
      }
      assertThat(after).as(name).containsSubsequence(before);
    }
    assertThat(Files.readString(data().resolve("dell/fy2025-q4.yaml")))
        .contains("      operating_income: 1.131     # 10-K " + SecFixture.FY25_10K + " filed 2025-03-25 (first reported 1.069)");
    Run validate = Run.of("validate", "--data", data().toString());
    assertThat(validate.code()).as(validate.err()).isZero();
    Map<String, String> merged = Trees.snapshot(data());
    assertThat(importInto(data(), "--since", "FY2025-Q1").out()).contains("0 updated, 5 unchanged");
    assertThat(Trees.snapshot(data())).isEqualTo(merged);
  }

  @Test
  void aLateFilingGivesTheLatestReleaseDateTheFormatAllows() throws Exception {
    ObjectNode doc = SecFixture.tree();
    doc.path("facts").path("us-gaap").forEach(concept -> concept.path("units").forEach(unit -> unit.forEach(f -> {
      if (f.get("accn").asText().equals(SecFixture.Q1_FY26_10Q)) {
        ((ObjectNode) f).put("filed", "2025-09-15");
      }
    })));
    Run run = importInto(data(), SecFixture.write(doc, dir.resolve("late.json")));
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(Files.readString(data().resolve("dell/fy2026-q1.yaml"))).contains("reported: 2025-08-30"
        + "              # the 10-Q came 136 days after the quarter; 120 is the most allowed: set the release date");
    assertThat(Run.of("validate", "--data", data().toString()).code()).isZero();
  }

  @Test
  void aDryRunWritesNothing() throws Exception {
    Run run = importInto(data(), "--dry-run");
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.out()).contains("would have created " + data().resolve("dell/fy2026-q1.yaml"), "dry run: 9 quarters");
    assertThat(data()).doesNotExist();
  }

  @Test
  void writesLeaveNoTemporaryFilesAndKeepPermissions() throws Exception {
    importInto(data());
    Path q1 = data().resolve("dell/fy2026-q1.yaml");
    Files.writeString(q1, Files.readString(q1).replaceAll("(?m)^  eps: .*\n", ""));
    var mode = java.nio.file.attribute.PosixFilePermissions.fromString("rw-r-----");
    Files.setPosixFilePermissions(q1, mode);
    importInto(data());
    assertThat(Files.readString(q1)).contains("  eps: 1.37");
    assertThat(Files.getPosixFilePermissions(q1)).isEqualTo(mode);
    assertThat(Files.list(data().resolve("dell")).map(p -> p.getFileName().toString()))
        .noneMatch(n -> n.startsWith("."));
  }
}
