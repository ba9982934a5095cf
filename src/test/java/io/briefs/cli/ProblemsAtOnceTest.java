package io.briefs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Errors that keep their cause, as a new user meets them: each problem said once, where it is,
 * naming what is wrong, and every problem of a file at once.
 */
class ProblemsAtOnceTest {
  @TempDir Path dir;
  private Path data;
  private Path templates;

  @BeforeEach
  void copy() throws Exception {
    data = dir.resolve("data");
    templates = dir.resolve("templates");
    Trees.copy(Path.of("data"), data);
    Trees.copy(Path.of("templates"), templates);
  }

  private Run build() {
    return Run.of("build", "--data", data.toString(), "--templates", templates.toString(), "--out",
        dir.resolve("site").toString(), "--company", "dell", "--period", "FY2026-Q1");
  }

  private static void edit(Path file, String from, String to) throws Exception {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    assertThat(text).contains(from);
    Files.writeString(file, text.replace(from, to), StandardCharsets.UTF_8);
  }

  /** A missing value in a partial names the expression, in the partial's own file and line. */
  @Test
  void aMissingValueInAPartialNamesItsExpression() throws Exception {
    Path layout = templates.resolve("partials/layout.ftlh");
    String text = Files.readString(layout, StandardCharsets.UTF_8);
    int at = text.indexOf("${");
    assertThat(at).as("the layout partial prints a value").isPositive();
    Files.writeString(layout, text.substring(0, at) + "${nav.homepage}" + text.substring(at));
    Run run = build();
    assertThat(run.code()).isEqualTo(1);
    assertThat(run.err()).contains("partials/layout.ftlh:")
        .contains("error: `nav.homepage` is null or missing")
        .doesNotContain("The following has evaluated to null or missing:");
  }

  /** A partial that does not parse is reported in the partial, not as "importing failed" in its user. */
  @Test
  void aPartialThatDoesNotParseIsReportedWhereItIs() throws Exception {
    Path table = templates.resolve("partials/table.ftlh");
    Files.writeString(table, Files.readString(table, StandardCharsets.UTF_8) + "<#if true>\nunclosed\n");
    Run run = build();
    assertThat(run.code()).isEqualTo(1);
    assertThat(run.err()).contains("partials/table.ftlh:").contains("unclosed #if")
        .doesNotContain("importing failed");
  }

  /** A misspelt key in style.yaml is one problem: the keys beside it are not called unknown. */
  @Test
  void aMisspeltStyleKeyIsOneProblem() throws Exception {
    edit(templates.resolve("style.yaml"), "{ above: 50, verb: surged", "{ abov: 50, verb: surged");
    Run run = build();
    assertThat(run.code()).isEqualTo(1);
    List<String> errors = run.err().lines().filter(l -> l.contains(": error: ")).toList();
    assertThat(errors).singleElement().asString().contains("style.yaml:").contains("unknown key `abov`")
        .contains("did you mean `above`?");
  }

  /** Two problems of one file, one the loader's and one a rule's, are both reported at once. */
  @Test
  void everyProblemOfAFileAtOnce() throws Exception {
    Path q1 = data.resolve("dell/fy2026-q1.yaml");
    edit(q1, "  eps: 1.37 ", "  epss: 1.37 ");
    edit(q1, "revenue: { low: 28500, high: 29500", "revenue: { low: 29500, high: 28500");
    for (Run run : List.of(Run.of("validate", "--data", data.toString(), "--templates", templates.toString()),
        build())) {
      assertThat(run.code()).isEqualTo(1);
      assertThat(run.err()).contains("fy2026-q1.yaml:13:3: error: unknown key `epss` in results; did you mean `eps`?")
          .contains("error: the guided range for revenue has low 29.5 billion above high 28.5 billion")
          .contains("2 errors");
    }
  }
}
