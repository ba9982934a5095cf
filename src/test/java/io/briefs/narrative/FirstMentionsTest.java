package io.briefs.narrative;

import static org.assertj.core.api.Assertions.assertThat;

import io.briefs.diag.Diagnostics;
import io.briefs.load.DatasetLoader;
import io.briefs.metrics.MetricsDeriver;
import io.briefs.model.CompanyData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A segment's full name is spelt out at its first mention, never inside another name that holds
 * its short name (the generated data found the company's, a line's and a KPI's; a holder's is the
 * same case in real data: "Cloud Capital" is no mention of the segment Cloud).
 */
class FirstMentionsTest {
  @TempDir Path dir;

  private String brief(String holder, String segments) throws IOException {
    Path acme = Files.createDirectories(dir.resolve("data/acme"));
    Files.writeString(acme.resolve("company.yaml"), """
        id: acme
        name: Acme
        currency: USD
        fiscal_year_end: december
        segments:
          - { id: cloud, name: Cloud Services, short_name: Cloud }
        """);
    Files.writeString(acme.resolve("fy2024-q1.yaml"), """
        company: acme
        period: FY2024-Q1
        period_end: 2024-03-31
        reported: 2024-04-25
        units: millions
        results:
          revenue: 100
        %s
        holders:
          - { holder: %s, change_shares: 4000000 }
        """.formatted(segments, holder));
    Diagnostics d = new Diagnostics();
    CompanyData data = new DatasetLoader(d).load(dir.resolve("data")).companies().get(0);
    assertThat(d.sorted()).isEmpty();
    return BriefText.of(new BriefWriter(Style.defaults()).write(MetricsDeriver.derive(data, data.quarters().get(0)), d));
  }

  @Test
  void aHolderNamedLikeASegmentIsNoMentionOfIt() throws IOException {
    assertThat(brief("Cloud Capital", "")).contains("Cloud Capital (added 4.0 million shares)")
        .doesNotContain("Cloud Services");
  }

  @Test
  void theSegmentItselfIsStillSpeltOutAtItsFirstMention() throws IOException {
    assertThat(brief("Norges Bank", "segments:\n  cloud: { revenue: 60 }"))
        .contains("Cloud Services (Cloud) revenue");
  }
}
