package io.briefs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The commentary fixtures ({@code src/test/resources/commentary/<case>/}): each a data folder
 * whose commentary cites figures as writers do (abbreviations, guidance ranges, the consensus, a
 * loss, a direction), and {@code expected.txt}, its diagnostics. {@code briefs validate} and
 * {@code briefs build} must both give exactly those: CI's validate passes what build accepts and
 * refuses what build refuses. {@code -Dbriefs.golden.update=true} rewrites the expected files.
 */
class CommentaryFixturesTest {
  private static final Path CORPUS = Path.of("src/test/resources/commentary");

  static Stream<String> cases() throws IOException {
    try (Stream<Path> list = Files.list(CORPUS)) {
      return list.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList().stream();
    }
  }

  @ParameterizedTest
  @MethodSource("cases")
  void validateAndBuildGiveTheExpectedDiagnostics(String name, @TempDir Path work) throws IOException {
    Path data = work.resolve("data");
    Trees.copy(CORPUS.resolve(name).resolve("data"), data);
    Run validate = Run.of("validate", "--data", data.toString());
    Run build = Run.of("build", "--data", data.toString(), "--out", work.resolve("site").toString());
    List<String> fromValidate = located(validate.err(), data);
    List<String> fromBuild = located(build.err(), data);
    Path expected = CORPUS.resolve(name).resolve("expected.txt");
    if (Boolean.getBoolean("briefs.golden.update")) {
      Files.writeString(expected, fromBuild.isEmpty() ? "" : String.join("\n", fromBuild) + "\n",
          StandardCharsets.UTF_8);
    }
    List<String> wanted = read(expected);
    assertThat(fromBuild).as("build").containsExactlyElementsOf(wanted);
    assertThat(fromValidate).as("validate").containsExactlyElementsOf(wanted);
    boolean errors = wanted.stream().anyMatch(l -> l.contains(": error: "));
    assertThat(validate.code()).as(validate.err()).isEqualTo(errors ? 1 : 0);
    assertThat(build.code()).as(build.err()).isEqualTo(errors ? 1 : 0);
  }

  /** The located diagnostics of a run about the data files, with paths relative to the data folder. */
  private static List<String> located(String err, Path data) {
    String prefix = data.toString() + java.io.File.separator;
    return err.lines().filter(l -> l.startsWith(prefix) && l.matches(".*\\.yaml:\\d+:\\d+: .*"))
        .map(l -> l.substring(prefix.length()).replace('\\', '/')).toList();
  }

  private static List<String> read(Path file) {
    try {
      return Files.readAllLines(file, StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank()).toList();
    } catch (IOException e) {
      throw new UncheckedIOException("run with -Dbriefs.golden.update=true to create " + file, e);
    }
  }
}
