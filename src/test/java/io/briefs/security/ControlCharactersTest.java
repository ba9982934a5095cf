package io.briefs.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.briefs.TestData;
import io.briefs.cli.Run;
import io.briefs.diag.Printable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Control characters, bidirectional controls and noncharacters in text are refused where they are
 * written, and whatever a message echoes reaches the terminal or the Actions log escaped, on one
 * line (issue 18, case 4).
 */
class ControlCharactersTest {
  private static final String QUARTER = "period_end: 2025-03-31\nreported: 2025-04-24\nunits: millions\n"
      + "results: { revenue: 100 }\n";

  @TempDir Path dir;

  /** The company's name written in double quotes with an escape; the error names the character. */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "\\0 | U+0000 (a control character)",
      "\\e[31m | U+001B (a control character)",
      "\\b | U+0008 (a control character)",
      "\\v | U+000B (a control character)",
      "\\x85 | U+0085 (a control character)",
      "\\u202E | U+202E (a bidirectional control",
      "\\u2066 | U+2066 (a bidirectional control",
      "\\uFFFE | U+FFFE (a noncharacter)",
      "\\uFDD0 | U+FDD0 (a noncharacter)",
      "\\n | U+000A (a line break)",
      "\\t | U+0009 (a tab)"})
  void escapedCharactersInANameAreRefusedWhereWritten(String escape, String named) {
    Path data = TestData.in(dir).file("acme/company.yaml", TestData.COMPANY.replace("name: Acme Corporation",
        "name: \"Acme " + escape + " Corporation\"")).quarter("FY2025-Q1", QUARTER).root();
    Run run = Run.of("validate", "--data", data.toString());
    assertThat(run.code()).isEqualTo(1);
    assertThat(run.err()).contains(data.resolve("acme/company.yaml") + ":2:7: error: ", named, "at character 6");
    assertThat(run.err()).doesNotContainPattern("[\\x00-\\x08\\x0b-\\x1f\\x7f\\u202e\\ufffe]");
  }

  @Test
  void rawCharactersAreReportedAtTheirLineAndColumn() throws IOException {
    Path data = TestData.in(dir).quarter("FY2025-Q1", QUARTER).root();
    Path company = data.resolve("acme/company.yaml");
    Files.writeString(company, TestData.COMPANY.replace("name: Acme Corporation", "name: Acme \uFFFE Corporation")
        + "# a comment \u202E that reads backwards\n", StandardCharsets.UTF_8);
    Run run = Run.of("validate", "--data", data.toString());
    assertThat(run.code()).isEqualTo(1);
    assertThat(run.err()).contains(
        company + ":2:12: error: the file holds U+FFFE (a noncharacter); remove it",
        company + ":20:13: error: the file holds U+202E (a bidirectional control");
  }

  @Test
  void commentaryQuotesAndRisksMayHoldLineBreaksAndTabs() {
    Path data = TestData.in(dir).quarter("FY2025-Q1", QUARTER
        + "quotes: [{ speaker: Jane Example, text: \"One line.\\nAnother.\" }]\n"
        + "risks: [\"A risk\\twith a tab.\"]\n"
        + "commentary: |\n  First paragraph.\n\n  Second\tparagraph.\n").root();
    Run run = Run.of("validate", "--data", data.toString());
    assertThat(run.code()).as(run.err()).isZero();
  }

  @Test
  void aLineBreakInAKeyCannotForgeAnOutputLine() {
    Path data = TestData.in(dir).quarter("FY2025-Q1", QUARTER + "\"bad\\n::error file=x::forged\": 1\n"
        + "\"red\\e[31m\": 2\n").root();
    for (String format : new String[] {"text", "github"}) {
      Run run = Run.of("validate", "--data", data.toString(), "--format", format);
      assertThat(run.code()).isEqualTo(1);
      String printed = run.out() + run.err();
      assertThat(printed.lines()).noneMatch(l -> l.startsWith("::error file=x"));
      assertThat(printed).doesNotContain("\u001b", "forged");
      assertThat(printed).contains("a key holds U+000A (a line break) at character 4",
          "a key holds U+001B (a control character) at character 4");
    }
  }

  /** A file name is echoed as it is: escaped, on one line, in both text and annotations. */
  @Test
  void echoedFileNamesAreEscapedOnOneLine() throws IOException {
    Path data = TestData.in(dir).quarter("FY2025-Q1", QUARTER).root();
    Files.writeString(data.resolve("acme/x\u001b[31mred\n::error file=a::forged.yaml"), "");
    Run text = Run.of("validate", "--data", data.toString());
    assertThat(text.code()).isEqualTo(1);
    assertThat(text.err()).contains("/acme/x\\x1b[31mred\\n::error file=a::forged.yaml: error: unexpected file"
        + " `x\\x1b[31mred\\n::error file=a::forged.yaml`");
    assertThat(text.err()).doesNotContain("\u001b").hasLineCount(2);
    Run github = Run.of("validate", "--data", data.toString(), "--format", "github");
    assertThat(github.out()).doesNotContain("\u001b").hasLineCount(1).startsWith("::error file=");
  }

  @Test
  void theEscaperLeavesTextAloneAndWritesEveryUnsafeCharacterOut() {
    assertThat(Printable.escape("Dell Technologies Inc. · חברת €5")).isEqualTo("Dell Technologies Inc. · חברת €5");
    assertThat(Printable.escape("a\nb\tc\rd\u0000e\u001bf\u0085g\u202eh\ufffei\ud800j\uDBFF\uDFFF"))
        .isEqualTo("a\\nb\\tc\\rd\\x00e\\x1bf\\x85g\\u202eh\\ufffei\\ud800j\\U0010ffff");
  }
}
