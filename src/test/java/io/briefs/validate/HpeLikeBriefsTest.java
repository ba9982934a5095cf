package io.briefs.validate;

import static org.assertj.core.api.Assertions.assertThat;

import io.briefs.cli.Run;
import io.briefs.diag.Diagnostics;
import io.briefs.load.DatasetLoader;
import io.briefs.metrics.MetricsDeriver;
import io.briefs.model.CompanyData;
import io.briefs.model.FiscalQuarter;
import io.briefs.narrative.BriefText;
import io.briefs.narrative.BriefWriter;
import io.briefs.narrative.Style;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Data shaped like Hewlett Packard Enterprise's reporting, written in dataset format 1.1 (the
 * valid fixture {@code hpe-like}; the company and its figures are invented): a segment renamed
 * and recast after an acquisition, guidance as growth and from an investor meeting, stated
 * margins, a one-off item, an approximate figure, a change at constant currency and one without
 * its figure. Its briefs say what a reader of such releases expects, and so does the example of
 * docs/data-format.md.
 */
class HpeLikeBriefsTest {
  static final Path DATA = Fixtures.VALID.resolve("hpe-like/data");
  private static CompanyData data;

  @TempDir Path work;

  @BeforeAll
  static void load() {
    data = loaded(DATA);
  }

  private static CompanyData loaded(Path folder) {
    Diagnostics d = new Diagnostics();
    CompanyData loaded = new DatasetLoader(d).load(folder).companies().get(0);
    assertThat(d.sorted()).isEmpty();
    return loaded;
  }

  static String brief(CompanyData data, String period) {
    Diagnostics d = new Diagnostics();
    var quarter = data.quarter(FiscalQuarter.parse(period));
    String text = BriefText.of(new BriefWriter(Style.defaults()).write(MetricsDeriver.derive(data, quarter), d));
    assertThat(d.sorted()).as("diagnostics while writing %s", period).isEmpty();
    return text;
  }

  @Test
  void aBriefNamesTheSegmentAsItWasCalledThen() {
    assertThat(brief(data, "FY2024-Q3")).contains("Intelligent Edge revenue was $1.1 billion")
        .doesNotContain("Networking");
    assertThat(brief(data, "FY2025-Q2")).contains("Intelligent Edge operating income was $260 million")
        .doesNotContain("Networking");
    assertThat(brief(data, "FY2025-Q3")).contains("Networking revenue jumped 45% from a year earlier to $1.7 billion")
        .doesNotContain("Intelligent Edge revenue");
  }

  @Test
  void theRecastQuarterComparesWithRecastFiguresAndSaysSo() {
    assertThat(brief(data, "FY2025-Q3"))
        .contains("Comparisons use year-earlier figures the company recast for the segment's current scope"
            + " (it was reported as Intelligent Edge until Q2 FY2025).")
        // to the cent of a billion: $1.7 billion against $1.2 billion would read as +42%
        .contains("| Networking revenue | $1.73 billion | $1.19 billion | +45% |")
        .doesNotContain("## Restatements");
  }

  @Test
  void stateMarginsConstantCurrencyChangesAloneOneOffsAndApproximations() {
    assertThat(brief(data, "FY2025-Q3"))
        .contains("Revenue climbed 19% from a year earlier to $9.1 billion (up 18% at constant currency).")
        .contains("The non-GAAP operating margin was 9.7%.")
        .contains("The non-GAAP gross margin was 29.9%, down 290 basis points from a year earlier.")
        .contains("Networking operating income leapt 38% to $400 million; its operating margin narrowed to 23.1%")
        .contains("Hybrid Cloud operating income surged 60% to $80 million; its operating margin widened to 5.4%"
            + " from 3.8%.")
        .contains("Free cash flow was $790 million.")
        .contains("Server revenue climbed 16% from a year earlier.")
        .contains("The results include a one-off item: goodwill impairment of $1.4 billion in Networking.")
        .contains("The annualized revenue run-rate stood at about $3.2 billion at quarter end")
        .contains("| Annualized revenue run-rate | about $3.2 billion |");
  }

  @Test
  void guidanceAsGrowthIsResolvedWhenTheYearEarlierIsKnown() {
    assertThat(brief(data, "FY2025-Q3"))
        .contains("For FY2025, ExampleCo expects revenue growth of 14% to 16% from a year earlier.");
    assertThat(brief(data, "FY2025-Q4"))
        .contains("For FY2026, ExampleCo reaffirmed revenue growth of 5% to 10% from a year earlier, which would be"
            + " $36.2 billion to $37.9 billion against $34.5 billion in FY2025");
  }

  @Test
  void laterBriefsCompareWithTheGuidanceOfTheInvestorMeeting() {
    assertThat(brief(data, "FY2025-Q4"))
        .contains("(as given on October 15, 2025, Securities Analyst Meeting)")
        .contains("and raised its non-GAAP EPS guidance to $2.25 to $2.45 from $2.20 to $2.40 (last given on"
            + " October 15, 2025, Securities Analyst Meeting).")
        .contains("Revenue was within the $9.8 billion to $10.0 billion range guided on"
            + " October 15, 2025 (Securities Analyst Meeting).")
        .startsWith("# ExampleCo raises its FY2026 non-GAAP EPS outlook");
  }

  @Test
  void validatesStrictlyAndBuilds() {
    Run validate = Run.of(Map.of(), "validate", "--data", DATA.toString(), "--strict", "--notes");
    assertThat(validate.code()).as(validate.out() + validate.err()).isZero();
    assertThat(validate.out()).contains("ok: 1 company, 5 quarters, 1 guidance event");
    Run build = Run.of(Map.of(), "build", "--data", DATA.toString(), "--templates", "templates",
        "--out", work.resolve("site").toString(), "--base-url", "https://example.com/briefs/", "--quiet");
    assertThat(build.code()).as(build.err()).isZero();
    assertThat(build.err()).doesNotContain("warning", "error");
    assertThat(build.out() + build.err()).contains("built 5 briefs");
  }

  /** The phrases docs/data-format.md quotes from its example's briefs are what the briefs say. */
  @Test
  void theDocumentsExampleSaysWhatTheDocumentQuotes() throws IOException {
    String doc = Files.readString(DocsAgreementTest.DOC, StandardCharsets.UTF_8);
    DocsAgreementTest.completeFiles(doc).forEach((path, text) -> {
      if (path.startsWith("data/exampleco/")) {
        try {
          Path file = work.resolve(path);
          Files.createDirectories(file.getParent());
          Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      }
    });
    CompanyData example = loaded(work.resolve("data"));
    String briefs = brief(example, "FY2025-Q3") + brief(example, "FY2025-Q4");
    String section = doc.substring(doc.indexOf("The Q3 FY2025 brief says"));
    Matcher quoted = Pattern.compile("\"([^\"]+)\"").matcher(section.replaceAll("\\s+", " "));
    int found = 0;
    while (quoted.find()) {
      for (String part : quoted.group(1).split(" \\.\\.\\. ")) {
        assertThat(briefs).contains(part);
        found++;
      }
    }
    assertThat(found).isGreaterThan(8);
  }
}
