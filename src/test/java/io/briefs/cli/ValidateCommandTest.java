package io.briefs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.briefs.SampleBuild;
import io.briefs.TestData;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {
  private static final String HEADER = "period_end: 2025-03-31\nreported: 2025-04-24\nunits: millions\n";

  @TempDir Path dir;

  private static List<String> lines(String text) {
    return text.lines().toList();
  }

  @Test
  void misspeltRevenueGivesOneLineWithFileLineColumnAndTheSuggestion() {
    TestData data = TestData.in(dir).quarter("FY2025-Q1", HEADER + "results:\n  revnue: 1000\n");
    Run run = Run.of("validate", "--data", data.root().toString());
    assertThat(run.code()).isEqualTo(1);
    assertThat(lines(run.err())).containsExactly(
        data.root() + "/acme/fy2025-q1.yaml:7:3: error: unknown key `revnue` in results;"
            + " did you mean `revenue`?",
        "briefs: 1 error, 0 warnings");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void sampleDataIsSilentAndShowsRestatementsOnlyWhenAsked() throws Exception {
    Run quiet = Run.of("validate");
    assertThat(quiet.code()).isZero();
    assertThat(quiet.err()).isEmpty();
    Run notes = Run.of("validate", "--notes");
    assertThat(notes.code()).isZero();
    assertThat(lines(notes.err())).isNotEmpty()
        .allMatch(l -> l.startsWith("data/dell/") && l.contains(": note: "));
    assertThat(notes.err()).contains("data/dell/fy2026-q1.yaml:35:50: note: FY2025-Q1 operating income"
        + " restated: 965 million in this release, 920 million as first reported (fy2025-q1.yaml line 12)");
    Run json = Run.of("validate", "--format", "json");
    assertThat(new ObjectMapper().readTree(json.out()).isEmpty()).isTrue();
    assertThat(json.err()).isEmpty();
  }

  @Test
  void warningsPassUnlessStrict() {
    TestData data = TestData.in(dir).quarter("FY2025-Q1",
        "period_end: 2025-06-30\nreported: 2025-07-24\nunits: millions\nresults:\n  revenue: 1000\n");
    String warning = data.root() + "/acme/fy2025-q1.yaml:3:13: warning: period_end 2025-06-30 is 91 days"
        + " from 2025-03-31, where FY2025-Q1 ends for a fiscal year ending in December; check period,"
        + " period_end and fiscal_year_end in company.yaml";
    Run lenient = Run.of("validate", "--data", data.root().toString());
    assertThat(lenient.code()).isZero();
    assertThat(lines(lenient.err())).containsExactly(warning, "briefs: 0 errors, 1 warning");
    assertThat(lenient.out()).isEqualTo("ok: 1 company, 1 quarter\n");
    Run strict = Run.of("validate", "--strict", "--data", data.root().toString());
    assertThat(strict.code()).isEqualTo(1);
    assertThat(lines(strict.err()))
        .containsExactly(warning, "briefs: 0 errors, 1 warning (--strict: warnings fail)");
    assertThat(strict.out()).isEmpty();
  }

  @Test
  void githubFormatPrintsOneAnnotationPerProblem() {
    TestData data = TestData.in(dir).quarter("FY2025-Q1", HEADER + "results:\n  revenue: -5\n  eps: 1370\n");
    Run run = Run.of("validate", "--format", "github", "--data", data.root().toString());
    assertThat(run.code()).isEqualTo(1);
    String file = GithubAnnotations.property(data.root() + "/acme/fy2025-q1.yaml");
    assertThat(lines(run.out())).containsExactly(
        "::error file=" + file + ",line=7,col=12::revenue cannot be negative, found -5 million",
        "::error file=" + file + ",line=8,col=8::diluted earnings per share of 1370 is outside -1000 to 1000;"
            + " per-share amounts are written in plain currency units, never in `units`");
    assertThat(run.err()).isEqualTo("briefs: 2 errors, 0 warnings\n");
  }

  @Test
  void githubFormatEscapesMessagesAndProperties() {
    var d = new io.briefs.diag.Diagnostic("data/a,b:c/x.yaml", 3, 4, io.briefs.diag.Severity.WARNING,
        "50% off\r\nnext: line, really");
    var whole = new io.briefs.diag.Diagnostic("data/readme.md", 0, 0, io.briefs.diag.Severity.NOTE, "n");
    assertThat(GithubAnnotations.of(List.of(d, whole))).isEqualTo(
        // a line break echoed from the data is written out, as on a terminal: GitHub would show %0A as one
        "::warning file=data/a%2Cb%3Ac/x.yaml,line=3,col=4::50%25 off\\r\\nnext: line, really\n"
            + "::notice file=data/readme.md::n\n");
  }

  @Test
  void jsonFormatIsOneArrayOfLocatedProblems() throws Exception {
    TestData data = TestData.in(dir).quarter("FY2025-Q1", HEADER + "results:\n  revnue: 1000\n");
    Run run = Run.of("validate", "--format", "json", "--data", data.root().toString());
    assertThat(run.code()).isEqualTo(1);
    JsonNode array = new ObjectMapper().readTree(run.out());
    assertThat(array.isArray()).isTrue();
    assertThat(array).hasSize(1);
    JsonNode first = array.get(0);
    assertThat(first.get("file").asText()).isEqualTo(data.root() + "/acme/fy2025-q1.yaml");
    assertThat(first.get("line").asInt()).isEqualTo(7);
    assertThat(first.get("column").asInt()).isEqualTo(3);
    assertThat(first.get("severity").asText()).isEqualTo("error");
    assertThat(first.get("message").asText())
        .isEqualTo("unknown key `revnue` in results; did you mean `revenue`?");
    assertThat(first.size()).isEqualTo(5);
  }

  @Test
  void unknownFormatIsAUsageError() {
    Run run = Run.of("validate", "--format", "xml");
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("`xml` is not a format; expected text, github or json");
  }

  @Test
  void buildRefusesDataThatFailsValidationAndLeavesTheSiteByteForByte() throws Exception {
    Path site = dir.resolve("site");
    Trees.copy(SampleBuild.site(), site);
    Map<String, String> before = Trees.snapshot(site);
    assertThat(before).containsKey("index.html");
    Path data = dir.resolve("data");
    Trees.copy(Path.of("data"), data);
    Path q1 = data.resolve("dell/fy2026-q1.yaml");
    // loads cleanly, but the stated change disagrees with the comparative (23378 against 22244)
    Files.writeString(q1, Files.readString(q1)
        .replace("  revenue: 23378 ", "  revenue: { value: 23378, change_pct: 9 } "));
    Run run = Run.of("build", "--data", data.toString(), "--out", site.toString());
    assertThat(run.code()).isEqualTo(1);
    assertThat(lines(run.err())).containsExactly(
        data + "/dell/fy2026-q1.yaml:10:21: error: stated change +9% of revenue disagrees with the computed"
            + " year-over-year change of +5.1% (from 22.244 billion in FY2025-Q1, fy2026-q1.yaml line 35, to"
            + " 23.378 billion); they must agree within 1 percentage point",
        "briefs: build failed (1 error, 0 warnings); " + site + " was not changed");
    assertThat(Trees.snapshot(site)).isEqualTo(before);
    assertThat(Files.list(dir).map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith("."));
  }
}
