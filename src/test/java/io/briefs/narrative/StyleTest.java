package io.briefs.narrative;

import static org.assertj.core.api.Assertions.assertThat;

import io.briefs.diag.Diagnostic;
import io.briefs.diag.Diagnostics;
import io.briefs.load.StyleReader;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StyleTest {
  private final Style style = Style.defaults();

  /** Each threshold at its edges: the verb follows the change as displayed (rounded). */
  @ParameterizedTest
  @CsvSource(textBlock = """
      50.5,  surged,    UP
      50.49, jumped,    UP
      25.5,  jumped,    UP
      25.49, climbed,   UP
      10.5,  climbed,   UP
      10.49, rose,      UP
      2.5,   rose,      UP
      2.49,  edged up,  UP
      0.51,  edged up,  UP
      0.5,   was flat,  FLAT
      0,     was flat,  FLAT
      -0.5,  was flat,  FLAT
      -0.51, slipped,   DOWN
      -2.49, slipped,   DOWN
      -2.5,  declined,  DOWN
      -10.49, declined, DOWN
      -10.5, fell,      DOWN
      -25.49, fell,     DOWN
      -25.5, tumbled,   DOWN
      -50.5, plunged,   DOWN
      """)
  void verbsAtEveryThreshold(String pct, String verb, Direction direction) {
    Style.Wording w = style.verb(new BigDecimal(pct));
    assertThat(w.verb()).isEqualTo(verb);
    assertThat(w.direction()).isEqualTo(direction);
  }

  @Test
  void headlineVerbsAgreeWithPluralSubjects() {
    assertThat(Names.agree("AI server orders", "surges")).isEqualTo("surge");
    assertThat(Names.agree("revenue", "surges")).isEqualTo("surges");
    assertThat(Names.agree("AI server orders", "edges up")).isEqualTo("edge up");
    assertThat(Names.agree("business", "climbs")).isEqualTo("climbs");
    // an acronym is singular whatever its last letter
    assertThat(Names.agree("non-GAAP EPS", "misses")).isEqualTo("misses");
  }

  @Test
  void shippedStyleFileSaysWhatTheDefaultsSay() {
    Diagnostics d = new Diagnostics();
    Style shipped = new StyleReader(d).read(Path.of("templates/style.yaml"));
    assertThat(d.sorted()).isEmpty();
    assertThat(shipped).isEqualTo(Style.defaults());
  }

  @Test
  void editedThresholdsChangeTheWords(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("style.yaml");
    Files.writeString(file, Files.readString(Path.of("templates/style.yaml"))
        .replace("{ above: 10, verb: climbed, headline: climbs }", "{ above: 12, verb: grew, headline: grows }"));
    Style edited = new StyleReader(new Diagnostics()).read(file);
    assertThat(edited.verb(new BigDecimal("13")).verb()).isEqualTo("grew");
    assertThat(edited.verb(new BigDecimal("11")).verb()).isEqualTo("rose");
  }

  @Test
  void aStyleFileWrittenBeforeTheNewWeightsStillLoadsWithTheShippedOnes(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("style.yaml");
    StringBuilder old = new StringBuilder();
    for (String line : Files.readString(Path.of("templates/style.yaml")).split("\n")) {
      boolean added = line.contains("share_move") || line.contains("guided_range:") || line.contains("new_outlook:")
          || line.contains("swing:") || line.contains("margin_change:");
      if (!added) {
        old.append(line).append('\n');
      }
    }
    Diagnostics d = new Diagnostics();
    Style read = new StyleReader(d).read(Files.writeString(file, old));
    assertThat(d.sorted()).isEmpty();
    assertThat(read.news()).isEqualTo(Style.defaults().news());
  }

  @Test
  void badStyleFilesAreReportedWithTheirPlace(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("style.yaml");
    Files.writeString(file, Files.readString(Path.of("templates/style.yaml"))
        .replace("{ above: 10, verb: climbed, headline: climbs }", "{ above: 30, verb: climbed, headline: climbs }")
        .replace("flat: { verb: was flat, headline: holds steady }", "flat: { verb: was flat, headlin: holds steady }")
        .replace("flat_within_pct: 0.5", "flat_within_pct: -1"));
    Diagnostics d = new Diagnostics();
    assertThat(new StyleReader(d).read(file)).isNull();
    assertThat(d.sorted()).extracting(Diagnostic::message).contains(
        "expected a percentage of at least 0, found -1",
        "unknown key `headlin` in `flat`; did you mean `headline`?",
        "thresholds of `up` must decrease: 30 follows 25");
    assertThat(d.sorted()).allMatch(x -> x.file().equals(file.toString()) && x.line() > 0);
  }
}
