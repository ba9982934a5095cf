package io.briefs;

import static org.assertj.core.api.Assertions.assertThat;

import io.briefs.cli.Run;
import io.briefs.cli.Trees;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The founding example: the Dell Q1 FY2026 brief states every fact of the reference table, in
 * the page and in the PDF, and each follows the data.
 */
class DellBriefTest {
  /** The reference facts as the brief words them. */
  static final List<String> FACTS = List.of(
      "Revenue edged up 5% year over year to $23.4 billion",
      "ISG revenue climbed 12% year over year to $10.3 billion",
      "Servers and networking revenue climbed 16% to $6.3 billion",
      "ISG operating income surged 36% to $998 million, an operating margin of 9.7%",
      "ISG accounted for 60% of segment operating income, up from 49% a year earlier",
      "AI server orders came to $12.1 billion in the quarter",
      "the AI server backlog stood at $14.4 billion at quarter end",
      "reaffirmed its revenue guidance of $101 billion to $105 billion, a midpoint of $103 billion",
      "raised its non-GAAP EPS guidance to $9.40 from $9.30",
      "guided revenue of $28.5 billion to $29.5 billion, a midpoint of $29.0 billion, which would be up 16%",
      "non-GAAP EPS of $2.25 plus or minus $0.10, which would be up 19% from a year earlier at the midpoint",
      "May 29, 2025");

  private static Path brief() {
    return SampleBuild.site().resolve("dell/fy2026-q1");
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11})
  void htmlStatesTheFact(int index) {
    assertThat(SampleBuild.htmlText(brief().resolve("index.html"))).contains(FACTS.get(index));
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11})
  void pdfStatesTheFact(int index) {
    assertThat(SampleBuild.pdfText(brief().resolve("dell-fy2026-q1.pdf"))).contains(FACTS.get(index));
  }

  @Test
  void headlineLeadsWithTheBacklogAndIsg() {
    String html = SampleBuild.htmlText(brief().resolve("index.html"));
    assertThat(html).contains("Dell's AI server backlog surges to $14.4 billion as ISG revenue climbs 12%");
  }

  /** Changing the data changes the brief: the facts are derived, not typed in. */
  @Test
  void factsFollowTheData(@TempDir Path dir) throws Exception {
    Trees.copy(Path.of("data"), dir.resolve("data"));
    Path q1 = dir.resolve("data/dell/fy2026-q1.yaml");
    String text = Files.readString(q1)
        .replace("    revenue: 10317 ", "    revenue: 11072 ")
        // the segments must still fit in total revenue, or validation refuses the data
        .replace("  revenue: 23378 ", "  revenue: 24133 ")
        .replace("  ai-backlog: 14400 ", "  ai-backlog: 15650 ")
        .replace("eps_non_gaap: { mid: 9.40 }", "eps_non_gaap: { mid: 9.20 }")
        .replaceAll("(?s)commentary: \\|.*?\n\n", "");
    Files.writeString(q1, text);
    Path out = dir.resolve("site");
    Run run = Run.of("build", "--data", dir.resolve("data").toString(), "--out", out.toString());
    assertThat(run.code()).as(run.err()).isZero();
    String html = SampleBuild.htmlText(out.resolve("dell/fy2026-q1/index.html"));
    assertThat(html).contains("ISG revenue climbed 20% year over year to $11.1 billion");
    assertThat(html).contains("AI server backlog stood at $15.7 billion");
    assertThat(html).contains("lowered its non-GAAP EPS guidance to $9.20 from $9.30");
  }

  /** The editor's commentary is checked too: a number it names that the data contradicts stops the build. */
  @Test
  void commentaryThatDisagreesWithTheDataStopsTheBuild(@TempDir Path dir) throws Exception {
    Trees.copy(Path.of("data"), dir.resolve("data"));
    Path q1 = dir.resolve("data/dell/fy2026-q1.yaml");
    Files.writeString(q1, Files.readString(q1).replace("ISG revenue grew 12%", "ISG revenue grew 15%"));
    Run run = Run.of("build", "--data", dir.resolve("data").toString(), "--out", dir.resolve("site").toString());
    assertThat(run.code()).isEqualTo(1);
    assertThat(run.err()).contains("fy2026-q1.yaml:", "error: commentary says 15% for ISG revenue, but the data gives 11.8%");
    assertThat(dir.resolve("site")).doesNotExist();
  }
}
