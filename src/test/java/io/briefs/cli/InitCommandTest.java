package io.briefs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.briefs.render.BundledFolder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code briefs init}: a new project holds the configuration, a valid example company, a README,
 * .gitignore and the workflows; a second run overwrites nothing; {@code --templates} copies the
 * default templates, which are the repository's own. (JarTest runs the jar itself from an empty
 * folder.)
 */
class InitCommandTest {
  @TempDir Path dir;

  private static List<String> files(Path root) throws Exception {
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(Files::isRegularFile).map(p -> root.relativize(p).toString().replace('\\', '/')).sorted()
          .toList();
    }
  }

  @Test
  void writesAProjectThatValidatesAndBuilds() throws Exception {
    Path project = dir.resolve("mysite");
    Run init = Run.of("init", project.toString(), "--name", "Northwind \"Quarterly\" Research");
    assertThat(init.code()).as(init.err()).isZero();
    assertThat(files(project)).containsExactly(".github/workflows/pull-request.yml", ".github/workflows/site.yml",
        ".gitignore", "README.md", "briefs.yaml", "data/example/company.yaml", "data/example/fy2025-q1.yaml",
        "data/example/fy2025-q2.yaml", "data/example/fy2025-q3.yaml", "data/example/fy2025-q4.yaml",
        "data/example/fy2026-q1.yaml");
    assertThat(init.out()).startsWith("wrote .github/ (2 files), .gitignore, README.md, briefs.yaml, data/ (6 files)"
        + " into " + project).contains("next: cd " + project + " && java -jar briefs.jar build");
    // run from classes there is no jar to copy: said, not failed
    assertThat(init.err()).contains("warning: no briefs.jar was copied");
    assertThat(Files.readString(project.resolve("briefs.yaml"))).contains("name: \"Northwind \\\"Quarterly\\\" Research\"");

    Run validate = Run.of("validate", "--data", project.resolve("data").toString(), "--config",
        project.resolve("briefs.yaml").toString(), "--strict");
    assertThat(validate.code()).as(validate.err()).isZero();
    assertThat(validate.out()).contains("ok: 1 company, 5 quarters");
    Run build = Run.of("build", "--data", project.resolve("data").toString(), "--config",
        project.resolve("briefs.yaml").toString(), "--out", project.resolve("site").toString(), "--quiet");
    assertThat(build.code()).as(build.err()).isZero();
    assertThat(Jsoup.parse(project.resolve("site/example/fy2026-q1/index.html").toFile()).selectFirst(".site-name")
        .text()).isEqualTo("Northwind \"Quarterly\" Research");
  }

  @Test
  void aSecondRunOverwritesNothingAndAddsTheTemplates() throws Exception {
    Path project = dir.resolve("mysite");
    assertThat(Run.of("init", project.toString()).code()).isZero();
    Files.writeString(project.resolve("briefs.yaml"), "name: Mine\n");
    Files.delete(project.resolve("data/example/fy2025-q1.yaml"));
    Run again = Run.of("init", project.toString(), "--templates");
    assertThat(again.code()).as(again.err()).isZero();
    assertThat(Files.readString(project.resolve("briefs.yaml"))).isEqualTo("name: Mine\n");
    assertThat(project.resolve("data/example/fy2025-q1.yaml")).as("an existing data folder is left alone")
        .doesNotExist();
    assertThat(again.out()).startsWith("wrote templates/ (" + BundledFolder.TEMPLATES.files().size() + " files) into")
        .contains("kept what was there: .github/ (2 files), .gitignore, README.md, briefs.yaml; no example company"
            + " (there is a data folder)");
    // the bundled templates are the repository's own, byte for byte
    assertThat(files(project.resolve("templates"))).isEqualTo(files(Path.of("templates")));
    for (String f : files(Path.of("templates"))) {
      assertThat(project.resolve("templates").resolve(f)).as(f).hasSameBinaryContentAs(Path.of("templates").resolve(f));
    }
  }

  @Test
  void aFileInTheWayIsAUsageError() throws Exception {
    Path file = Files.writeString(dir.resolve("taken"), "x");
    Run run = Run.of("init", file.toString());
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("is a file, not a folder");
  }
}
