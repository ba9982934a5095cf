package io.briefs.validate;

import static org.assertj.core.api.Assertions.assertThat;

import io.briefs.cli.Run;
import io.briefs.diag.Diagnostics;
import io.briefs.load.DatasetLoader;
import io.briefs.metrics.MetricsDeriver;
import io.briefs.model.CompanyData;
import io.briefs.model.Quarter;
import io.briefs.narrative.BriefText;
import io.briefs.narrative.BriefWriter;
import io.briefs.narrative.Style;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Each addition of dataset format 1.1, from its valid fixture through validate, build and words. */
class FormatAdditionsTest {
  static final List<String> CASES = List.of("stated-margins", "free-cash-flow", "stated-change-alone",
      "change-in-basis-points", "constant-currency", "guidance-as-growth", "guidance-event",
      "segment-renamed-and-recast", "approximate-figures", "one-off-items");

  @TempDir Path work;

  static String briefs(String fixture) {
    Diagnostics d = new Diagnostics();
    CompanyData data = new DatasetLoader(d).load(Fixtures.VALID.resolve(fixture).resolve("data")).companies().get(0);
    StringBuilder out = new StringBuilder();
    for (Quarter q : data.quarters()) {
      out.append(BriefText.of(new BriefWriter(Style.defaults()).write(MetricsDeriver.derive(data, q), d)));
    }
    assertThat(d.sorted()).as(fixture).isEmpty();
    return out.toString();
  }

  @Test
  void statedMarginsArePrintedAsGivenWithTheirChange() {
    assertThat(briefs("stated-margins"))
        .contains("Operating income climbed 21% to $121 million; the operating margin widened to 11.0% from 10.0%.")
        .contains("Gross profit grew 13% to $451 million, a gross margin of 41.0%, up 100 basis points from a"
            + " year earlier.")
        .contains("Non-GAAP gross profit was $470 million, a non-GAAP gross margin of 42.7%.")
        .contains("The non-GAAP operating margin was 12.5%.")
        .contains("Cloud operating income grew 24% to $112 million; its operating margin widened to 16.0% from"
            + " 15.0%.")
        .contains("Devices operating margin was 2.5%.");
  }

  @Test
  void freeCashFlowIsAResultEstimatedAndGuided() {
    assertThat(briefs("free-cash-flow"))
        .contains("Free cash flow climbed 25% to $150 million.")
        .contains("For FY2025, Acme expects free cash flow of $600 million to $700 million")
        .contains("Free cash flow beat the consensus estimate of $140 million by 7%.");
  }

  @Test
  void aChangeAloneIsSaidWithoutALevel() {
    assertThat(briefs("stated-change-alone"))
        .contains("Net income climbed 12% from a year earlier. Diluted EPS declined 3.5% from a year earlier.")
        .contains("The gross margin was up 80 basis points from a year earlier.")
        .contains("Cloud revenue rose 4.3% from a year earlier. Compute revenue increased 7% and storage revenue was"
            + " $210 million.")
        .contains("Cloud operating income rose 9% at constant currency from a year earlier.")
        .contains("Devices revenue slipped 2% from a year earlier (up 1% at constant currency).")
        .contains("Orders jumped 30% from a year earlier. Net retention was down 150 basis points from a year"
            + " earlier.");
  }

  @Test
  void changesInBasisPoints() {
    assertThat(briefs("change-in-basis-points"))
        .contains("The operating margin was 11.0%, up 120 basis points from a year earlier.")
        .contains("The net retention was 110.5%, down 150 basis points from 112.0% a year earlier.")
        // a percentage changes by points: never "slipped 1%"
        .contains("| Net retention | 110.5% | 112.0% | \u22121.5 pts |")
        .doesNotContain("retention slipped");
  }

  @Test
  void constantCurrencyIsSaidBesideTheChange() {
    assertThat(briefs("constant-currency"))
        .contains("Revenue rose 5% from a year earlier to $1.1 billion (up 6% at constant currency).")
        .contains("Cloud revenue rose 10% from a year earlier to $660 million (up 12% at constant currency).")
        .contains("Orders rose 10% from a year earlier to $330 million (up 8% at constant currency).");
  }

  @Test
  void growthGuidanceIsResolvedAgainstTheYearEarlier() {
    assertThat(briefs("guidance-as-growth"))
        .contains("For Q1 FY2025, Acme expects revenue growth of 4% to 6% from a year earlier, which would be"
            + " $1.04 billion to $1.06 billion against $1.00 billion in Q1 FY2024.")
        .contains(", diluted EPS growth of at least 10% from a year earlier and orders growth of at most 20% from a"
            + " year earlier.")
        .contains("For FY2025, Acme raised its revenue growth guidance to 6% to 8% from 6% plus or minus 1%, which"
            + " would be $4.37 billion to $4.45 billion against $4.12 billion in FY2024")
        .contains("and reaffirmed diluted EPS growth of at least 10% from a year earlier.")
        .contains("Revenue was within the $1.0 billion to $1.1 billion range guided in Q4 FY2024.");
  }

  @Test
  void theLatestGuidanceInForceMayComeFromAnEvent() {
    assertThat(briefs("guidance-event"))
        .contains("For FY2025, Acme reaffirmed revenue of $4.3 billion to $4.5 billion (as given on June 12, 2025,"
            + " Investor Day) and diluted EPS of $4.40.");
  }

  @Test
  void aRenamedSegmentIsCalledWhatItWasThen() {
    assertThat(briefs("segment-renamed-and-recast"))
        .contains("Hardware revenue was $300 million.")
        .contains("Hardware revenue was $310 million.")
        .contains("Devices revenue climbed 11% from a year earlier to $420 million.")
        .contains("(it was reported as Hardware until Q4 FY2024).")
        .contains("The results include a one-off item: integration costs of $25 million in Devices.")
        .doesNotContain("Restatements");
  }

  @Test
  void approximateFiguresSayAbout() {
    assertThat(briefs("approximate-figures"))
        .contains("Cloud revenue was about $700 million.")
        .contains("The backlog stood at about $3.2 billion at quarter end, up from about $3.0 billion a year"
            + " earlier.")
        .doesNotContain("highest");
  }

  @Test
  void oneOffItemsCloseTheResults() {
    assertThat(briefs("one-off-items"))
        // a loss without a year-earlier figure keeps its sign
        .contains("Operating income was a loss of $250 million; the operating margin was -22.7%.")
        .contains("The results include one-off items: goodwill impairment of $361 million in Cloud and gain on the"
            + " sale of a building of about $40 million.");
  }

  @Test
  void oneOffItemsAreInTheLedgerWithTheirSource() throws java.io.IOException {
    Path data = Fixtures.VALID.resolve("one-off-items").resolve("data");
    Run build = Run.of(Map.of(), "build", "--data", data.toString(), "--templates", "templates",
        "--out", work.resolve("site").toString(), "--base-url", "https://example.com/briefs/", "--quiet");
    assertThat(build.code()).as(build.err()).isZero();
    String csv = java.nio.file.Files.readString(work.resolve("site/acme/fy2025-q1/figures.csv"));
    assertThat(csv)
        .contains("one_offs.goodwill-impairment.amount,361000000,money,\"as reported; source: Form 10-Q, note 7\"")
        .contains("one_offs.gain-on-the-sale-of-a-building.amount,40000000,money,\"as reported, approximately\"");
  }

  @ParameterizedTest
  @ValueSource(strings = {"stated-margins", "free-cash-flow", "stated-change-alone", "change-in-basis-points",
      "constant-currency", "guidance-as-growth", "guidance-event", "segment-renamed-and-recast",
      "approximate-figures", "one-off-items"})
  void validatesStrictlyAndBuilds(String fixture) {
    Path data = Fixtures.VALID.resolve(fixture).resolve("data");
    Run validate = Run.of(Map.of(), "validate", "--data", data.toString(), "--strict", "--notes");
    assertThat(validate.code()).as(validate.out() + validate.err()).isZero();
    Run build = Run.of(Map.of(), "build", "--data", data.toString(), "--templates", "templates",
        "--out", work.resolve("site").toString(), "--base-url", "https://example.com/briefs/", "--quiet");
    assertThat(build.code()).as(build.err()).isZero();
    assertThat(build.err()).doesNotContain("warning", "error");
  }
}
