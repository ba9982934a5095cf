package io.briefs.narrative;

import static org.assertj.core.api.Assertions.assertThat;

import io.briefs.TestData;
import io.briefs.diag.Diagnostic;
import io.briefs.diag.Diagnostics;
import io.briefs.load.DatasetLoader;
import io.briefs.metrics.MetricsDeriver;
import io.briefs.model.CompanyData;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Analysts, holders, quotes, risks and commentary: each section when its block exists. */
class CoverageSectionsTest {
  @TempDir Path dir;

  private static final String HEAD = "period_end: 2025-03-31\nreported: 2025-04-24\nunits: millions\n";
  private static final String PRIOR = "comparatives:\n  FY2024-Q1: { results: { revenue: 900, eps: 1.00 } }\n";

  private record Written(String text, List<Diagnostic> diagnostics) {}

  private Written write(String body) {
    TestData data = TestData.in(dir).quarter("FY2025-Q1", HEAD + body);
    Diagnostics loading = new Diagnostics();
    CompanyData c = new DatasetLoader(loading).load(data.root()).companies().get(0);
    assertThat(loading.sorted()).isEmpty();
    Diagnostics d = new Diagnostics();
    Brief brief = new BriefWriter(Style.defaults()).write(MetricsDeriver.derive(c, c.quarters().get(0)), d);
    return new Written(BriefText.of(brief), d.sorted());
  }

  @Test
  void missingBlocksLeaveTheirSectionsOut() {
    String text = write("results: { revenue: 1000 }\n").text();
    assertThat(text).doesNotContain("## Analyst actions", "## Institutional holders", "## Risks", "## Commentary",
        "## What management said", "## Outlook", "null", "NaN");
  }

  @Test
  void analystActionsAndTheRangeOfTargets() {
    String text = write("""
        results: { revenue: 1000 }
        analysts:
          - { firm: TD Cowen, action: raise-target, rating: Buy, price_target: { from: 110, to: 125 } }
          - { firm: Morgan Stanley, action: downgrade, rating: Equal-weight, price_target: { to: 100 } }
          - { firm: Evercore ISI, action: reiterate, rating: Outperform }
        """).text();
    assertThat(text).contains(
        "- TD Cowen raised its price target to $125 from $110 (Buy).",
        "- Morgan Stanley downgraded the shares to Equal-weight, with a price target of $100.",
        "- Evercore ISI reiterated Outperform.",
        "Price targets named after the release ranged from $100 to $125.");
  }

  @Test
  void biggestBuyersSellersAndExits() {
    String text = write("""
        results: { revenue: 1000 }
        holders:
          - { holder: Norges Bank, change_shares: 3690000 }
          - { holder: Vanguard, change_shares: 120000 }
          - { holder: Capital World Investors, change_shares: -12460000, exited: true }
          - { holder: BlackRock, change_shares: -2500000 }
        """).text();
    assertThat(text).contains(
        "The biggest buyers were Norges Bank (added 3.7 million shares) and Vanguard (added 120,000 shares).",
        "The biggest sellers were BlackRock (sold 2.5 million shares).",
        "Capital World Investors sold its whole stake of 12.5 million shares.");
  }

  @Test
  void quotesAndRisksAsWritten() {
    String text = write("""
        results: { revenue: 1000 }
        quotes:
          - { speaker: Jane Doe, title: Chief Executive, text: "Demand is strong." }
        risks: [Supply could tighten., Rates could rise.]
        """).text();
    assertThat(text).contains("> Demand is strong.\n> (Jane Doe, Chief Executive)", "- Supply could tighten.\n- Rates could rise.");
  }

  @Test
  void commentaryNumbersMustAgreeWithTheData() {
    Written w = write("results: { revenue: 1000, eps: 1.19 }\n" + PRIOR + """
        commentary: |
          Revenue rose 11% to $1.0 billion and diluted EPS rose 15%,
          a strong quarter.
        """);
    assertThat(w.diagnostics()).extracting(Diagnostic::format).containsExactly(
        dir.resolve("data/acme/fy2025-q1.yaml") + ":10:57: error: commentary says 15% for diluted EPS, but the data"
            + " gives 19.0% (results.eps.yoy_pct, (1.19 - 1) / 1 * 100)");
  }

  @Test
  void commentaryIsEscapedAndItsLinksAreLimited() {
    Written w = write("results: { revenue: 1000 }\n" + """
        commentary: |
          <script>alert(1)</script>

          See [a](javascript:alert(1)), [b](https://example.com) and <b>bold</b> ![chart](https://x.example/c.png).
        """);
    assertThat(w.text()).contains("&lt;script&gt;alert(1)&lt;/script&gt;", "<a rel=\"nofollow\" href=\"#\">a</a>",
        "<a rel=\"nofollow\" href=\"https://example.com\">b</a>", "&lt;b&gt;bold&lt;/b&gt;", "chart")
        .doesNotContain("<img", "<script>", "<b>");
    assertThat(w.diagnostics()).extracting(Diagnostic::message).containsExactly(
        "commentary link javascript:alert(1) is not a web (http, https) or mail address; it is shown as text",
        "commentary image https://x.example/c.png is shown as its alt text: briefs never fetches anything from"
            + " the network or from files");
  }

  @Test
  void unattributedCommentaryNumbersAreAWarning() {
    Written w = write("results: { revenue: 1000 }\ncommentary: The shares are up 40% this year.\n");
    assertThat(w.diagnostics()).extracting(Diagnostic::message).containsExactly(
        "commentary number 40% names no figure of this brief; it is printed as written, unchecked");
  }
}
