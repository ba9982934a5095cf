package io.briefs.generated;

import static org.assertj.core.api.Assertions.assertThat;

import io.briefs.cli.Run;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The smallest datasets that failed the generated-data properties, one folder each under
 * {@code generated-regressions/} (its quarter file says what failed): each builds in-process with
 * no problem, and with the real command line, PDFs included.
 */
class GeneratedRegressionsTest {
  private static final Path ROOT = Path.of("src/test/resources/generated-regressions");
  @TempDir Path out;

  static Stream<String> cases() throws IOException {
    try (Stream<Path> list = Files.list(ROOT)) {
      return list.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList().stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void buildsInProcessWithoutAProblem(String name) {
    assertThat(BriefCheck.problems(ROOT.resolve(name).resolve("data"))).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void buildsWithTheCommandLine(String name) {
    Run run = Run.of("build", "--data", ROOT.resolve(name).resolve("data").toString(), "--templates", "templates",
        "--out", out.resolve("site").toString(), "--quiet");
    assertThat(run.err()).doesNotContain(": error:");
    assertThat(run.code()).isZero();
  }

  @Test
  void thereAreRegressions() throws IOException {
    assertThat(cases()).isNotEmpty();
  }
}
