package io.briefs.sec;

import static io.briefs.sec.SecFixture.importInto;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.briefs.cli.Run;
import io.briefs.cli.Trees;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each problem is one located line and an exit code, never a stack trace; nothing is written. */
class SecImportErrorsTest {
  @TempDir Path dir;

  private Path data() {
    return dir.resolve("data");
  }

  private static void noTrace(Run run) {
    assertThat(run.err()).doesNotContain("Exception", "\tat ", "internal error");
  }

  @Test
  void malformedJsonIsALocatedError() throws Exception {
    Path doc = Files.writeString(dir.resolve("bad.json"), "{\"cik\": 1571996,\n  \"entityName\": \"Dell\" \"facts\": {}\n}");
    Run run = importInto(data(), doc);
    assertThat(run.code()).isEqualTo(1);
    assertThat(run.err()).startsWith(doc + ":2:").contains(": error: malformed JSON: ");
    assertThat(run.err().lines()).hasSize(1);
    noTrace(run);
    assertThat(data()).doesNotExist();
  }

  @Test
  void aDocumentThatIsNotCompanyFactsSaysSo() throws Exception {
    Path doc = Files.writeString(dir.resolve("other.json"), "{\"hits\": []}");
    Run run = importInto(data(), doc);
    assertThat(run.code()).isEqualTo(1);
    assertThat(run.err().strip()).isEqualTo(doc + ": error: not an SEC company-facts document: it has no \"facts\" object");
    Path array = Files.writeString(dir.resolve("array.json"), "[1, 2]");
    assertThat(importInto(data(), array).err()).startsWith(array + ":1:1: error: not an SEC company-facts document");
  }

  @Test
  void aDocumentWithoutRevenueIsAnError() throws Exception {
    ObjectNode doc = SecFixture.tree();
    ObjectNode gaap = (ObjectNode) doc.path("facts").path("us-gaap");
    gaap.remove("Revenues");
    gaap.remove("RevenueFromContractWithCustomerExcludingAssessedTax");
    Path file = SecFixture.write(doc, dir.resolve("norevenue.json"));
    Run run = importInto(data(), file);
    assertThat(run.code()).isEqualTo(1);
    assertThat(run.err().strip()).isEqualTo(file + ": error: the document has no revenue facts (us-gaap Revenues,"
        + " RevenueFromContractWithCustomerExcludingAssessedTax, RevenueFromContractWithCustomerIncludingAssessedTax,"
        + " SalesRevenueNet): there is nothing to draft");
    assertThat(data().resolve("dell")).doesNotExist();
  }

  @Test
  void aMissingConceptOtherThanRevenueIsLeftOut() throws Exception {
    ObjectNode doc = SecFixture.tree();
    ((ObjectNode) doc.path("facts").path("us-gaap")).remove("NetIncomeLoss");
    Run run = importInto(data(), SecFixture.write(doc, dir.resolve("nonet.json")));
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(Files.readString(data().resolve("dell/fy2025-q1.yaml"))).doesNotContain("net_income");
  }

  @Test
  void aMissingFileIsAnError() {
    Path missing = dir.resolve("nowhere.json");
    Run run = importInto(data(), missing);
    assertThat(run.code()).isEqualTo(1);
    assertThat(run.err().strip()).isEqualTo(missing + ": error: no such file");
  }

  @Test
  void usageErrorsExitWithTwo() {
    Path doc = SecFixture.DOCUMENT;
    Run badId = Run.of("import", "sec", "--companyfacts", doc.toString(), "--company", "Dell Inc", "--data",
        data().toString());
    assertThat(badId.code()).isEqualTo(2);
    assertThat(badId.err()).contains("--company `Dell Inc` must be 1 to 40 lower-case letters");
    // an id validate would refuse is refused before anything is written
    Run reserved = Run.of("import", "sec", "--companyfacts", doc.toString(), "--company", "assets", "--data",
        data().toString());
    assertThat(reserved.code()).isEqualTo(2);
    assertThat(reserved.err()).contains("--company `assets` names a folder of the site itself (assets, mail,"
        + " methodology)");
    assertThat(data().resolve("assets")).doesNotExist();
    assertThat(Run.of("import", "sec", "--company", "dell").code()).isEqualTo(2);
    assertThat(Run.of("import", "sec", "--companyfacts", doc.toString(), "--cik", "1", "--company", "dell").code())
        .isEqualTo(2);
    assertThat(importInto(data(), "--since", "2025Q1").err()).contains("--since `2025Q1` is not a fiscal quarter");
    assertThat(Run.of("import").code()).isEqualTo(2);
    Run help = Run.of("import", "sec", "--help");
    assertThat(help.code()).isZero();
    assertThat(help.out()).contains("--companyfacts", "--cik", "--user-agent", SecFetcher.AGENT_ENV, "--since");
    assertThat(data()).doesNotExist();
  }

  @Test
  void aCompanyYamlOfAnotherCompanyStopsTheImport() throws Exception {
    Path company = data().resolve("dell/company.yaml");
    Files.createDirectories(company.getParent());
    Files.writeString(company, "id: dell\nname: Acme Corporation\ncurrency: USD\nfiscal_year_end: january\n");
    Map<String, String> before = Trees.snapshot(data());
    Run run = importInto(data());
    assertThat(run.code()).isEqualTo(1);
    assertThat(run.err().strip()).isEqualTo(company + ":2:7: error: this is Acme Corporation, but the document is"
        + " for Dell Technologies Inc. (CIK 1571996): import into the right company, or pass --any-name if the names"
        + " differ for the same company");
    assertThat(Trees.snapshot(data())).isEqualTo(before);
    // names that differ only in case and legal form are the same company's
    Files.writeString(company, "id: dell\nname: DELL TECHNOLOGIES\ncurrency: USD\nfiscal_year_end: january\n");
    assertThat(importInto(data()).code()).isZero();
    assertThat(Files.readString(company)).isEqualTo("id: dell\nname: DELL TECHNOLOGIES\ncurrency: USD\n"
        + "fiscal_year_end: january\n");
  }

  @Test
  void anotherCurrencyOrFiscalYearInCompanyYamlIsReported() throws Exception {
    Path company = data().resolve("dell/company.yaml");
    Files.createDirectories(company.getParent());
    Files.writeString(company, "id: dell\nname: Dell\ncurrency: EUR\nfiscal_year_end: january\n");
    Run run = importInto(data());
    assertThat(run.code()).isEqualTo(1);
    assertThat(run.err()).contains(company + ":3:11: error: the company reports in EUR but the document's revenue"
        + " is in USD");
    Files.writeString(company, "id: dell\nname: Dell\ncurrency: USD\nfiscal_year_end: march\n");
    Run wrongMonth = importInto(data(), "--dry-run");
    assertThat(wrongMonth.err()).contains(company + ":4:18: warning: the filings' fiscal years end in january, not"
        + " march");
  }

  @Test
  void aQuarterFileThatIsNotYamlIsSkippedAndNamed() throws Exception {
    importInto(data());
    Path q1 = data().resolve("dell/fy2026-q1.yaml");
    Files.writeString(q1, "company: dell\nresults: { revenue: 1\n");
    Run run = importInto(data());
    assertThat(run.code()).isEqualTo(1);
    assertThat(run.err()).contains(q1 + ":3:1: error: YAML syntax:");
    assertThat(run.out()).contains("skipped " + q1, "unchanged " + data().resolve("dell/fy2025-q4.yaml"));
    assertThat(Files.readString(q1)).isEqualTo("company: dell\nresults: { revenue: 1\n");
    noTrace(run);

    // escapes SnakeYAML fails on with a NumberFormatException (found by the loader's fuzzer)
    for (String text : new String[] {"company: dell\nnote: \"up \\UFFFFFFFF\"\n", "company: dell\nnote: \"up \\u"}) {
      Files.writeString(q1, text);
      Run escape = importInto(data());
      assertThat(escape.code()).isEqualTo(1);
      assertThat(escape.err()).contains(q1 + ":2:11: error: YAML syntax: the ", "escape `\\");
      assertThat(Files.readString(q1)).isEqualTo(text);
      noTrace(escape);
    }
  }

  @Test
  void nothingIsWrittenThroughALinkOutOfTheDataFolder() throws Exception {
    Path outside = Files.createDirectories(dir.resolve("outside"));
    Files.createDirectories(data());
    Files.createSymbolicLink(data().resolve("dell"), outside);
    Run run = importInto(data());
    assertThat(run.code()).isEqualTo(1);
    assertThat(run.err()).contains(data().resolve("dell") + ": error: is a link");
    assertThat(Files.list(outside)).isEmpty();

    Files.delete(data().resolve("dell"));
    Files.createDirectories(data().resolve("dell"));
    Path target = Files.writeString(outside.resolve("q.yaml"), "kept");
    Files.createSymbolicLink(data().resolve("dell/fy2026-q1.yaml"), target);
    Run linked = importInto(data());
    assertThat(linked.code()).isEqualTo(1);
    assertThat(linked.err()).contains(data().resolve("dell/fy2026-q1.yaml") + ": error: is a link");
    assertThat(Files.readString(target)).isEqualTo("kept");
  }
}
