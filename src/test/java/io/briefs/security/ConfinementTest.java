package io.briefs.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.briefs.TestData;
import io.briefs.diag.Diagnostic;
import io.briefs.diag.Diagnostics;
import io.briefs.load.DatasetLoader;
import io.briefs.model.Corpus;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Links in the data folder are followed only inside the project; huge companies are refused. */
class ConfinementTest {
  @TempDir Path dir;

  private static final String QUARTER = "company: acme\nperiod: FY2025-Q1\nperiod_end: 2025-03-31\n"
      + "reported: 2025-04-24\nunits: millions\nresults: { revenue: 1 }\n";

  @Test
  void linksInsideTheProjectAreFollowed() throws Exception {
    Path project = Files.createDirectories(dir.resolve("project"));
    TestData.in(project.resolve("real")).quarter("FY2025-Q1", QUARTER.substring(QUARTER.indexOf("period_end")));
    Files.createSymbolicLink(project.resolve("data"), project.resolve("real/data"));
    Diagnostics d = new Diagnostics();
    Corpus c = new DatasetLoader(d).load(project.resolve("data"));
    assertThat(d.sorted()).isEmpty();
    assertThat(c.companies()).hasSize(1);
  }

  @Test
  void linksOutOfTheProjectAreRefusedAndNeverRead() throws Exception {
    Path outside = Files.createDirectories(dir.resolve("outside"));
    Files.writeString(outside.resolve("fy2025-q2.yaml"), "this would be read: [");
    Path project = Files.createDirectories(dir.resolve("project"));
    TestData data = TestData.in(project).quarter("FY2025-Q1", QUARTER.substring(QUARTER.indexOf("period_end")));
    Files.createSymbolicLink(data.root().resolve("acme/fy2025-q2.yaml"), outside.resolve("fy2025-q2.yaml"));
    Files.createSymbolicLink(data.root().resolve("evil"), outside);
    Diagnostics d = new Diagnostics();
    new DatasetLoader(d).load(data.root());
    assertThat(d.sorted()).extracting(Diagnostic::message).hasSize(2)
        .allMatch(m -> m.contains("outside the project") && m.contains("briefs follows links only inside the project"));
  }

  @Test
  void tenThousandQuartersAreRefusedBeforeAnyIsParsed() throws Exception {
    TestData data = TestData.in(dir);
    Path acme = data.root().resolve("acme");
    for (int i = 0; i < 10_000; i++) {
      Files.writeString(acme.resolve("fy" + (1000 + i / 4) + "-q" + (i % 4 + 1) + ".yaml"), "x: [");
    }
    Diagnostics d = new Diagnostics();
    new DatasetLoader(d).load(data.root());
    assertThat(d.sorted()).extracting(Diagnostic::message).containsExactly(
        "holds 10001 files; a company may have at most 400 quarter files (a hundred years) and 400 guidance"
            + " events, so none were read");
  }
}
