package io.briefs.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs every fixture: each invalid case must give exactly the diagnostics of its {@code
 * expected.txt}; each valid case must load with none at all. {@code
 * -Dbriefs.golden.update=true} rewrites the expected files from the code's output.
 */
class FixtureCorpusTest {
  @TempDir Path work;

  static Stream<String> invalidCases() {
    return Fixtures.cases(Fixtures.INVALID);
  }

  static Stream<String> validCases() {
    return Fixtures.cases(Fixtures.VALID);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalidCases")
  void invalidCaseGivesExactlyItsDiagnostics(String name) throws IOException {
    Path fixture = Fixtures.INVALID.resolve(name);
    List<String> actual = Fixtures.diagnostics(Fixtures.prepare(fixture, work));
    Path expectedFile = fixture.resolve("expected.txt");
    if (Fixtures.UPDATE) {
      Files.writeString(expectedFile, String.join("\n", actual) + "\n", StandardCharsets.UTF_8);
    }
    assertThat(expectedFile).as("run with -Dbriefs.golden.update=true to create it").exists();
    assertThat(actual).as("a fixture under invalid/ must produce a diagnostic").isNotEmpty();
    assertThat(actual).containsExactlyElementsOf(Files.readAllLines(expectedFile, StandardCharsets.UTF_8));
    assertThat(actual).noneMatch(line -> line.contains("Exception") || line.contains("\tat "));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("validCases")
  void validCaseLoadsWithoutAnyDiagnostic(String name) throws IOException {
    Path data = Fixtures.prepare(Fixtures.VALID.resolve(name), work);
    assertThat(Fixtures.diagnostics(data)).isEmpty();
  }

  @Test
  void corpusCoversAtLeastFortyInvalidCases() {
    assertThat(invalidCases().count()).isGreaterThanOrEqualTo(40);
    assertThat(validCases().count()).isGreaterThanOrEqualTo(5);
  }

  @Test
  void encodingFixturesStillHoldTheirBytes() throws IOException {
    // a checkout that normalised line endings or stripped the BOM would make these cases moot
    byte[] bom = Files.readAllBytes(Fixtures.VALID.resolve("bom/data/acme/fy2025-q1.yaml"));
    assertThat(List.of(bom[0], bom[1], bom[2])).containsExactly((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
    String crlf = Files.readString(Fixtures.VALID.resolve("crlf-line-endings/data/acme/fy2025-q1.yaml"));
    assertThat(crlf).contains("\r\n").doesNotContain("\n\n");
    assertThat(crlf.replace("\r\n", "")).doesNotContain("\n");
  }

  @Test
  void paddedFileIsJustOverTheLimit() throws IOException {
    Path data = Fixtures.prepare(Fixtures.INVALID.resolve("file-too-big"), work);
    assertThat(Files.size(data.resolve("acme/fy2025-q1.yaml"))).isEqualTo(1024 * 1024 + 1);
    List<String> unpadded = Fixtures.diagnostics(Fixtures.INVALID.resolve("file-too-big/data"));
    assertThat(unpadded).as("the same file below the limit is fine").isEmpty();
  }
}
