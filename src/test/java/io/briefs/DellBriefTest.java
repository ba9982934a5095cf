package io.briefs;

import static org.assertj.core.api.Assertions.assertThat;

import io.briefs.cli.Run;
import io.briefs.cli.Trees;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The founding example: the Dell Q1 FY2026 brief states every fact of the reference table, in
 * the page and in the PDF, and each follows the data.
 */
class DellBriefTest {
  /** The founding article's facts as the brief words them. */
  static final List<String> FACTS = List.of(
      "Revenue rose 5% from a year earlier to $23.4 billion",
      "ISG revenue climbed 12% from a year earlier to $10.3 billion",
      "Servers and networking revenue grew 16% to $6.3 billion",
      "ISG operating income jumped 36% to $998 million; its operating margin widened to 9.7% from 8.0%",
      "ISG accounted for 60% of segment operating income, up from 49% a year earlier",
      "AI server orders rose to a record $12.1 billion",
      "The AI server backlog more than tripled from the previous quarter to a record $14.4 billion",
      "exceeded all of FY2025's AI server shipments ($9.8 billion)",
      "reaffirmed revenue of $101 billion to $105 billion (a midpoint of $103 billion, up 8% from a year earlier)",
      "raised its non-GAAP EPS guidance to $9.40 from $9.30",
      "revenue of $28.5 billion to $29.5 billion (a midpoint of $29.0 billion, up 16% from a year earlier)",
      // on the basis the FY2025 10-K revised, as Dell states it; $1.89 as first reported would give 19%
      "non-GAAP EPS of $2.25 plus or minus $0.10 (up 15% from a year earlier at the midpoint)",
      "its shares rose 5.4% after hours",
      "TD Cowen raised its price target to $125",
      "Evercore ISI reiterated Outperform",
      "Raymond James reiterated Outperform",
      "Norges Bank (added 3.7 million shares)",
      "FIL Ltd (added 2.8 million shares)",
      "Capital World Investors sold its whole stake of 12.5 million shares",
      "surpassing the entirety of shipments in all of FY25",
      "Supply of high-end GPUs could delay turning the AI server backlog into revenue",
      "May 29, 2025");

  private static Path brief() {
    return SampleBuild.site().resolve("dell/fy2026-q1");
  }

  static IntStream facts() {
    return IntStream.range(0, FACTS.size());
  }

  @ParameterizedTest
  @MethodSource("facts")
  void htmlStatesTheFact(int index) {
    assertThat(SampleBuild.htmlText(brief().resolve("index.html"))).contains(FACTS.get(index));
  }

  @ParameterizedTest
  @MethodSource("facts")
  void pdfStatesTheFact(int index) {
    assertThat(SampleBuild.pdfText(brief().resolve("dell-fy2026-q1.pdf"))).contains(FACTS.get(index));
  }

  @Test
  void headlineLeadsWithTheBacklogAndIsg() {
    String html = SampleBuild.htmlText(brief().resolve("index.html"));
    assertThat(html).contains("Dell's AI server backlog hits a record $14.4 billion while non-GAAP EPS misses estimates");
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
        .replace("ai-backlog: { value: 14400,", "ai-backlog: { value: 15650,")
        .replace("eps_non_gaap: { mid: 9.40, change_pct: 15 }", "eps_non_gaap: { mid: 9.20 }")
        .replaceAll("(?s)commentary: \\|.*?\n\n", "");
    Files.writeString(q1, text);
    // the Q1 FY2027 guide's stated growth is against the real Q1 FY2026: it no longer applies
    Path q4 = dir.resolve("data/dell/fy2026-q4.yaml");
    Files.writeString(q4, Files.readString(q4).replace("revenue: { low: 34.7, high: 35.7, change_pct: 51 }",
        "revenue: { low: 34.7, high: 35.7 }"));
    Path out = dir.resolve("site");
    Run run = Run.of("build", "--data", dir.resolve("data").toString(), "--out", out.toString());
    assertThat(run.code()).as(run.err()).isZero();
    String html = SampleBuild.htmlText(out.resolve("dell/fy2026-q1/index.html"));
    assertThat(html).contains("ISG revenue climbed 20% from a year earlier to $11.1 billion");
    assertThat(html).contains("AI server backlog more than tripled from the previous quarter to a record $15.7 billion");
    assertThat(html).contains("cut its non-GAAP EPS guidance to $9.20 from $9.30");
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
