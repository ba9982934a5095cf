package io.briefs.narrative;

import static org.assertj.core.api.Assertions.assertThat;

import io.briefs.TestData;
import io.briefs.diag.Diagnostics;
import io.briefs.load.DatasetLoader;
import io.briefs.metrics.MetricsDeriver;
import io.briefs.model.CompanyData;
import io.briefs.model.Corpus;
import io.briefs.validate.Validator;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The news rules on quarters nobody wrote by hand: generated companies with a year-earlier
 * quarter, a previous quarter that guided this one, and a quarter with or without a consensus, a
 * guided range, a share move and an outlook. Whatever the mix, the bad news and the market's
 * answer reach the headline or the lede, and the lede stays short.
 */
class NewsRulesProperties {

  /**
   * One generated quarter.
   *
   * @param priorRevenue revenue a year earlier, in millions
   * @param growthTenths the change against it, in tenths of a percent
   * @param surpriseBps revenue against its consensus, in basis points; null: no consensus
   * @param guidePosition where the range guided a quarter earlier sits: -1 above the actual (a
   *     fall below it), 0 around it, 1 below it; null: no range
   * @param moveTenths the after-hours move in tenths of a percent; null: no market data
   * @param outlook the year's guidance against the previous quarter's: -1 cut, 0 reaffirmed, 1
   *     raised; null: none
   * @param cloudShare the first segment's share of revenue, in percent
   */
  record Case(int priorRevenue, int growthTenths, Integer surpriseBps, Integer guidePosition, Integer moveTenths,
      Integer outlook, int cloudShare) {

    BigDecimal revenue() {
      return new BigDecimal(priorRevenue).multiply(BigDecimal.valueOf(1000 + growthTenths))
          .divide(BigDecimal.valueOf(1000), 0, RoundingMode.HALF_UP);
    }

    boolean missedConsensus() {
      return surpriseBps != null && surpriseBps < 0;
    }

    boolean belowGuidedRange() {
      return guidePosition != null && guidePosition < 0;
    }

    boolean bigMove() {
      return moveTenths != null && Math.abs(moveTenths) >= 50;
    }
  }

  @Provide
  Arbitrary<Case> cases() {
    return Combinators.combine(
        Arbitraries.integers().between(200, 90_000),
        Arbitraries.integers().between(-450, 900),
        Arbitraries.integers().between(-800, 800).injectNull(0.3),
        Arbitraries.integers().between(-1, 1).injectNull(0.3),
        Arbitraries.oneOf(Arbitraries.integers().between(-250, 250), Arbitraries.of(-50, -49, 49, 50))
            .injectNull(0.3),
        Arbitraries.integers().between(-1, 1).injectNull(0.4),
        Arbitraries.integers().between(20, 75)).as(Case::new);
  }

  @Property(tries = 150)
  void theBadNewsAndTheMarketReachTheTopOfTheBrief(@ForAll("cases") Case c) throws IOException {
    Brief brief = write(c);
    String top = (brief.headline().text() + " " + brief.lede().text()).toLowerCase(Locale.ROOT);
    if (c.missedConsensus()) {
      assertThat(top).as("a revenue miss").containsPattern("revenue.{0,80}miss");
    }
    if (c.belowGuidedRange()) {
      assertThat(top).as("below the guided range").containsPattern("revenue.{0,80}(below|misses its own range)");
    }
    if (c.bigMove()) {
      String move = new BigDecimal(Math.abs(c.moveTenths())).movePointLeft(1).stripTrailingZeros().toPlainString();
      assertThat(top).as("the share move").contains("shares").containsAnyOf(move + "%",
          new BigDecimal(move).setScale(0, RoundingMode.HALF_UP).toPlainString() + "%");
    }
  }

  @Property(tries = 150)
  void theLedeIsShortAndTheHeadlineSaysNoVerbTwice(@ForAll("cases") Case c) throws IOException {
    Brief brief = write(c);
    assertThat(LedeWriter.words(brief.lede())).as(brief.lede().text()).isLessThanOrEqualTo(LedeWriter.MAX_WORDS);
    assertThat(brief.lede().numbers()).as(brief.lede().text()).hasSizeLessThanOrEqualTo(LedeWriter.MAX_FIGURES);
    assertThat(Headlines.repeatedVerb(brief.headline().text())).as(brief.headline().text()).isNull();
    assertThat(brief.takeaways()).hasSizeLessThanOrEqualTo(3);
  }

  /** At the threshold: a 5.0% move is news for the top of the brief, a 4.9% move is not. */
  @Example
  void aShareMoveIsNewsFromFivePercent() throws IOException {
    Brief at = write(new Case(1000, 50, null, null, -50, null, 50));
    assertThat(at.headline().text() + " " + at.lede().text()).contains("shares").contains("5%");
    Brief below = write(new Case(1000, 50, null, null, -49, null, 50));
    assertThat(below.headline().text() + " " + below.lede().text()).doesNotContain("shares");
  }

  /** The smallest miss the figures can show is still said, with figures that read differently. */
  @Example
  void aRevenueMissOfOneUnitIsSaidAndReadsAsAMiss() throws IOException {
    Brief brief = write(new Case(1000, 40, -1, null, null, null, 50));
    assertThat(brief.lede().text()).containsPattern("of \\$1\\.040 billion missed the consensus estimate of \\$1\\.041 billion");
  }

  /** A fall below the company's own range is said even when the quarter grew. */
  @Example
  void aFallBelowTheGuidedRangeIsSaidWhateverTheGrowth() throws IOException {
    Brief brief = write(new Case(1000, 300, null, -1, null, null, 50));
    assertThat(brief.headline().text() + " " + brief.lede().text()).containsPattern("revenue.{0,80}(below|misses its own range)");
  }

  private static Brief write(Case c) throws IOException {
    Path dir = Files.createTempDirectory("news-rules");
    try {
      TestData data = TestData.in(dir);
      BigDecimal revenue = c.revenue();
      BigDecimal cloud = revenue.multiply(BigDecimal.valueOf(c.cloudShare())).divide(BigDecimal.valueOf(100), 0,
          RoundingMode.DOWN);
      BigDecimal priorCloud = BigDecimal.valueOf(c.priorRevenue()).multiply(BigDecimal.valueOf(c.cloudShare()))
          .divide(BigDecimal.valueOf(100), 0, RoundingMode.DOWN);
      data.quarter("FY2024-Q1", header("2024-03-31", "2024-04-25") + "results: { revenue: " + c.priorRevenue()
          + ", operating_income: " + c.priorRevenue() / 10 + " }\nsegments:\n  cloud: { revenue: " + priorCloud
          + " }\n  devices: { revenue: " + BigDecimal.valueOf(c.priorRevenue()).subtract(priorCloud) + " }\n");
      StringBuilder previous = new StringBuilder(header("2024-12-31", "2025-01-30"));
      previous.append("results: { revenue: ").append(c.priorRevenue()).append(" }\nguidance:\n");
      if (c.guidePosition() != null) {
        // a range of 4% around a centre: above the actual, around it or below it
        BigDecimal centre = revenue.multiply(BigDecimal.valueOf(100 - 5L * c.guidePosition()))
            .divide(BigDecimal.valueOf(100), 0, RoundingMode.HALF_UP);
        BigDecimal half = centre.divide(BigDecimal.valueOf(50), 0, RoundingMode.DOWN).max(BigDecimal.ONE);
        previous.append("  - period: FY2025-Q1\n    revenue: { low: ").append(centre.subtract(half))
            .append(", high: ").append(centre.add(half)).append(" }\n");
      }
      BigDecimal year = BigDecimal.valueOf(c.priorRevenue()).multiply(BigDecimal.valueOf(4));
      previous.append("  - period: FY2025\n    revenue: { low: ").append(year).append(", high: ")
          .append(year.add(BigDecimal.valueOf(c.priorRevenue() / 5))).append(" }\n");
      data.quarter("FY2024-Q4", previous.toString());
      StringBuilder now = new StringBuilder(header("2025-03-31", "2025-04-24"));
      now.append("results: { revenue: ").append(revenue).append(", operating_income: ")
          .append(revenue.divide(BigDecimal.valueOf(9), 0, RoundingMode.DOWN)).append(" }\n");
      now.append("segments:\n  cloud: { revenue: ").append(cloud).append(" }\n  devices: { revenue: ")
          .append(revenue.subtract(cloud)).append(" }\n");
      if (c.surpriseBps() != null) {
        BigDecimal estimate = revenue.multiply(BigDecimal.valueOf(10_000))
            .divide(BigDecimal.valueOf(10_000L + c.surpriseBps()), 0, RoundingMode.HALF_UP);
        // a surprise too small to show at the figures' precision is no surprise: keep one that shows
        if (estimate.compareTo(revenue) == 0) {
          estimate = estimate.add(BigDecimal.valueOf(c.surpriseBps() < 0 ? 1 : -1));
        }
        now.append("consensus: { revenue: ").append(estimate).append(", source: Generated }\n");
      }
      if (c.moveTenths() != null) {
        now.append("market: { previous_close: 50.00, after_hours_change_pct: ")
            .append(new BigDecimal(c.moveTenths()).movePointLeft(1).toPlainString()).append(" }\n");
      }
      if (c.outlook() != null) {
        BigDecimal shift = BigDecimal.valueOf(c.priorRevenue() / 10L * c.outlook());
        now.append("guidance:\n  - period: FY2025\n    revenue: { low: ").append(year.add(shift)).append(", high: ")
            .append(year.add(BigDecimal.valueOf(c.priorRevenue() / 5)).add(shift)).append(" }\n");
      }
      data.quarter("FY2025-Q1", now.toString());
      Diagnostics d = new Diagnostics();
      Corpus corpus = new DatasetLoader(d).load(data.root());
      new Validator(d).validate(corpus);
      assertThat(d.hasErrors()).as("the generated data is valid: %s", d.sorted()).isFalse();
      CompanyData company = corpus.companies().get(0);
      return new BriefWriter(Style.defaults())
          .write(MetricsDeriver.derive(company, company.quarters().get(company.quarters().size() - 1)), d);
    } finally {
      io.briefs.cli.Trees.deleteTree(dir);
    }
  }

  private static String header(String end, String reported) {
    return "period_end: " + end + "\nreported: " + reported + "\nunits: millions\n";
  }
}
