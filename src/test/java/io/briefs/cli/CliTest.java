package io.briefs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.briefs.TestData;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest {
  @TempDir Path dir;

  @Test
  void helpAndVersionSucceed() {
    Run help = Run.of("--help");
    assertThat(help.code()).isZero();
    assertThat(help.out()).contains("build", "merge", "validate", "mail");
    assertThat(Run.of("build", "--help").out()).contains("--page-size");
    assertThat(Run.of("mail", "--help").out()).contains("--smtp", "BRIEFS_SMTP_USER", "BRIEFS_SMTP_PASSWORD");
    Run version = Run.of("--version");
    assertThat(version.code()).isZero();
    assertThat(version.out()).startsWith("briefs ");
  }

  /** The options each command takes, spelled alike everywhere (one mixin defines each group). */
  @Test
  void everyCommandTakesTheOptionsThatMakeSenseForIt() {
    List<String> project = List.of("--data=DIR", "--templates=DIR", "--config=FILE", "--quiet", "--verbose");
    List<String> site = List.of("--out=DIR", "--page-size=letter|a4", "--base-url=URL", "--clean");
    List<String> select = List.of("--company=ID", "--period=FY2026-Q1", "--since=YYYY-MM-DD");
    Map<String, List<List<String>>> expected = Map.of(
        "build", List.of(project, site, select, List.of("--jobs=N", "--force", "--shard=K/N", "--timings=FILE")),
        "serve", List.of(project, site, select, List.of("--jobs=N", "--force", "--port=PORT")),
        "merge", List.of(project, site, List.of("--jobs=N", "SHARD...")),
        "mail", List.of(project, site, select, List.of("--jobs=N", "--smtp=HOST:PORT", "--smtp-insecure",
            "--from=ADDRESS", "--to=ADDRESS", "--to-file=FILE", "--dry-run", "--send-log=FILE", "--rate=N")),
        "validate", List.of(project, List.of("--jobs=N", "--format=text|github|json", "--strict", "--notes")),
        "init", List.of(List.of("--templates", "--name=NAME", "--quiet", "--verbose", "[DIR]")));
    expected.forEach((command, groups) -> {
      String help = Run.of(command, "--help").out();
      groups.forEach(options -> assertThat(help).as(command).contains(options));
    });
    // serve took no --jobs before: now it is read (the port is refused after it)
    Run serve = Run.of("serve", "--jobs", "1", "--quiet", "--port", "99999");
    assertThat(serve.code()).isEqualTo(2);
    assertThat(serve.err()).contains("--port must be between 0 and 65535").doesNotContain("Unknown option");
  }

  @Test
  void helpNamesNoTypeOfTheCode() throws Exception {
    // a type rename once turned import's "Draft quarter files" into "KeyTree quarter files"
    List<String> types;
    try (var files = Files.walk(Path.of("src/main/java"))) {
      types = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".java"))
          .map(n -> n.substring(0, n.length() - 5)).filter(n -> n.matches("[A-Z][a-z]+[A-Z]\\w*")).toList();
    }
    assertThat(types).contains("KeyTree", "DevServer");
    for (List<String> command : List.of(List.of("--help"), List.of("build", "--help"), List.of("serve", "--help"),
        List.of("merge", "--help"), List.of("mail", "--help"), List.of("validate", "--help"),
        List.of("init", "--help"), List.of("import", "sec", "--help"))) {
      String help = Run.of(command.toArray(String[]::new)).out();
      assertThat(help).as("%s", command).isNotBlank();
      assertThat(types).as("types named in %s", command).noneMatch(t -> help.matches("(?s).*\\b" + t + "\\b.*"));
    }
  }

  @Test
  void usageErrorsExitWithTwo() {
    assertThat(Run.of().code()).isEqualTo(2);
    assertThat(Run.of("build", "--no-such-option").code()).isEqualTo(2);
    assertThat(Run.of("frobnicate").code()).isEqualTo(2);
    assertThat(Run.of("build", "--page-size", "legal").code()).isEqualTo(2);
  }

  @Test
  void badSourceDateEpochIsAUsageError() {
    Run run = Run.of(Map.of("SOURCE_DATE_EPOCH", "yesterday"), "build", "--out", dir.resolve("site").toString());
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("SOURCE_DATE_EPOCH");
    Run merge = Run.of(Map.of("SOURCE_DATE_EPOCH", "yesterday"), "merge", "--out", dir.resolve("site").toString(),
        dir.resolve("shard").toString());
    assertThat(merge.code()).isEqualTo(2);
    assertThat(merge.err()).contains("SOURCE_DATE_EPOCH");
    assertThat(dir.resolve("site")).doesNotExist();
  }

  @Test
  void validateSampleDataReportsNothing() {
    Run run = Run.of("validate");
    assertThat(run.code()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out()).startsWith("ok: 1 company, ");
  }

  @Test
  void badDataFailsWithLocatedMessagesAndLeavesTheSiteUntouched() throws Exception {
    Path site = dir.resolve("site");
    Files.createDirectories(site.resolve("old"));
    Files.writeString(site.resolve("index.html"), "previous site");
    Files.writeString(site.resolve("old/page.html"), "kept");
    Map<String, String> before = Trees.snapshot(site);
    TestData data = TestData.in(dir)
        .quarter("FY2025-Q1", "period_end: 2025-03-31\nreported: 2025-04-24\nunits: millions\nresults:\n  revenue: [1]\n  profit: 3\n")
        .quarter("FY2025-Q2", "period_end: 2025-06-30\nreported: 2025-07-24\nunits: millions\nresults: { revenue: 1\n");
    Run run = Run.of("build", "--data", data.root().toString(), "--out", site.toString());
    assertThat(run.code()).isEqualTo(1);
    String root = data.root().toString();
    assertThat(run.err()).contains(
        root + "/acme/fy2025-q1.yaml:7:12: error: expected revenue (a number, or { value: 123, change_pct: 4 }), found a list",
        root + "/acme/fy2025-q1.yaml:8:3: error: unknown key `profit` in results",
        root + "/acme/fy2025-q2.yaml:");
    assertThat(run.err()).doesNotContain("Exception", "\tat ");
    assertThat(run.err()).contains("was not changed");
    assertThat(Trees.snapshot(site)).isEqualTo(before);
    assertThat(Files.list(dir).map(p -> p.getFileName().toString())).noneMatch(n -> n.contains("staging"));
  }

  @Test
  void brokenTemplateNamesTheTemplateFileAndLine() throws Exception {
    Path templates = dir.resolve("templates");
    Trees.copy(Path.of("templates"), templates);
    Files.writeString(templates.resolve("index.ftlh"), "<html>\n<p>${no.such.thing}</p>\n</html>\n");
    Run run = Run.of("build", "--templates", templates.toString(), "--out", dir.resolve("site").toString());
    assertThat(run.code()).isEqualTo(1);
    assertThat(run.err()).contains(templates.resolve("index.ftlh") + ":2:");
    assertThat(run.err()).doesNotContain("\tat ");
    assertThat(dir.resolve("site")).doesNotExist();
  }
}
