package io.briefs.narrative;

import static org.assertj.core.api.Assertions.assertThat;

import io.briefs.diag.Diagnostics;
import io.briefs.ledger.Ledger;
import io.briefs.ledger.LedgerBuilder;
import io.briefs.load.DatasetLoader;
import io.briefs.metrics.MetricsDeriver;
import io.briefs.model.CompanyData;
import io.briefs.model.Quarter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Guidance the format allows but our samples never give: a ceiling alone ({@code high:}) and a
 * range whose ends are equal. Found by the generated-data properties ("$492 million to $492
 * million", "within the at most $49.6 billion").
 */
class OneSidedGuidanceTest {
  @TempDir Path dir;
  private CompanyData data;

  @BeforeEach
  void write() throws IOException {
    Path acme = Files.createDirectories(dir.resolve("data/acme"));
    Files.writeString(acme.resolve("company.yaml"), """
        id: acme
        name: Acme
        currency: USD
        fiscal_year_end: december
        """);
    Files.writeString(acme.resolve("fy2024-q1.yaml"), """
        company: acme
        period: FY2024-Q1
        period_end: 2024-03-31
        reported: 2024-04-25
        units: millions
        results:
          revenue: 100
          operating_cash_flow: 20
        guidance:
          - period: FY2024-Q2
            revenue: { high: 120 }
            operating_cash_flow: { low: 50, high: 50 }
        """);
    Files.writeString(acme.resolve("fy2024-q2.yaml"), """
        company: acme
        period: FY2024-Q2
        period_end: 2024-06-30
        reported: 2024-07-25
        units: millions
        results:
          revenue: 110
          operating_cash_flow: 45
        """);
    Diagnostics d = new Diagnostics();
    data = new DatasetLoader(d).load(dir.resolve("data")).companies().get(0);
    assertThat(d.sorted()).isEmpty();
  }

  private Brief brief(int quarter) {
    Diagnostics d = new Diagnostics();
    Brief brief = new BriefWriter(Style.defaults()).write(MetricsDeriver.derive(data, data.quarters().get(quarter)), d);
    assertThat(d.sorted()).isEmpty();
    return brief;
  }

  @Test
  void aRangeWhoseEndsAreEqualReadsAsItsOneFigure() {
    assertThat(BriefText.of(brief(0))).contains("operating cash flow of $50 million.")
        .doesNotContain("$50 million to $50 million");
    assertThat(BriefText.of(brief(1))).contains("Operating cash flow came in below the $50 million guided in Q1 FY2024.")
        .doesNotContain("$50 million range");
  }

  @Test
  void aCeilingIsACeilingNeverAtMostInsideASentence() {
    assertThat(BriefText.of(brief(1)))
        .contains("Acme's Q2 FY2024 revenue of $110 million was at or below the $120 million ceiling Acme had guided.")
        .contains("Revenue was at or below the $120 million ceiling guided in Q1 FY2024.")
        .doesNotContain("the at most");
  }

  @Test
  void theLedgerHoldsTheTakeawaysFigures() {
    // the takeaways give figures no section repeats (the ledger missed them until generated data
    // showed a segment's year-earlier revenue only there)
    Diagnostics d = new Diagnostics();
    CompanyData dell = new DatasetLoader(d).load(Path.of("data")).companies().get(0);
    Quarter q = dell.quarters().get(dell.quarters().size() - 1);
    Brief brief = new BriefWriter(Style.defaults()).write(MetricsDeriver.derive(dell, q), d);
    Ledger ledger = LedgerBuilder.of("dell", q, brief, List.of(), new Numbers("USD"), Path.of("data"));
    assertThat(brief.takeaways()).isNotEmpty();
    for (Prose t : brief.takeaways()) {
      for (Prose.Num n : t.numbers()) {
        assertThat(ledger.shown()).as(n.text()).anyMatch(s -> s.where().equals("takeaways") && s.text().equals(n.text()));
      }
    }
  }
}
