package io.briefs.narrative;

import static org.assertj.core.api.Assertions.assertThat;

import io.briefs.diag.Diagnostics;
import io.briefs.metrics.BriefMetrics;
import io.briefs.metrics.Fact;
import io.briefs.metrics.GuidanceOutcome;
import io.briefs.metrics.MetricsDeriver;
import io.briefs.model.CompanyData;
import io.briefs.model.FigurePath;
import io.briefs.model.Metric;
import io.briefs.model.Quarter;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The news rules on the eight Dell briefs, each decided from the quarter's data rather than from
 * what the brief is known to say: the market's answer, a revenue miss and a fall below Dell's own
 * range reach the headline or the lede; ledes are short; headlines do not share one shape.
 */
class DellNewsTest {
  private static final CompanyData DELL = SampleBriefsTest.data();

  static List<Quarter> quarters() {
    return DELL.quarters();
  }

  private static Brief brief(BriefMetrics m) {
    return new BriefWriter(Style.defaults()).write(m, new Diagnostics());
  }

  @ParameterizedTest
  @MethodSource("quarters")
  void whatTheMarketAndTheExpectationsSayLeadsTheBrief(Quarter q) {
    BriefMetrics m = MetricsDeriver.derive(DELL, q);
    Brief b = brief(m);
    String top = (b.headline().text() + " " + b.lede().text()).toLowerCase(Locale.ROOT);
    Fact move = m.market() == null ? null
        : m.market().afterHoursChangePct() != null ? m.market().afterHoursChangePct() : m.market().nextDayChangePct();
    if (move != null && move.value().abs().compareTo(BigDecimal.valueOf(5)) >= 0) {
      assertThat(top).as(q.period().label()).contains("shares").contains(Numbers.move(move.value()));
    }
    m.surprises().stream().filter(s -> s.metric() == Metric.REVENUE && s.surprisePct().value().signum() < 0)
        .forEach(s -> assertThat(top).as(q.period().label()).containsPattern("revenue.{0,80}miss"));
    m.outcomes().stream()
        .filter(o -> o.path().equals(new FigurePath.Result(Metric.REVENUE)) && o.position() == GuidanceOutcome.Position.BELOW)
        .forEach(o -> assertThat(top).as(q.period().label()).containsPattern("revenue.{0,80}below"));
  }

  @ParameterizedTest
  @MethodSource("quarters")
  void theLedeIsAtMostFiftyWordsAndFiveFigures(Quarter q) {
    Prose lede = brief(MetricsDeriver.derive(DELL, q)).lede();
    assertThat(LedeWriter.words(lede)).as(lede.text()).isLessThanOrEqualTo(50);
    assertThat(lede.numbers()).as(lede.text()).hasSizeLessThanOrEqualTo(5);
  }

  /**
   * A figure is given at most twice in the running words (headline, lede, takeaways, sections; the
   * tables and charts are for reference, the commentary and quotes are not ours): the lede adds to
   * the headline rather than repeating it.
   */
  @ParameterizedTest
  @MethodSource("quarters")
  void noFigureIsGivenMoreThanTwiceInTheRunningText(Quarter q) {
    Brief b = brief(MetricsDeriver.derive(DELL, q));
    List<Prose> running = new java.util.ArrayList<>(List.of(b.headline(), b.lede()));
    running.addAll(b.takeaways());
    b.sections().stream().filter(s -> !s.id().equals("commentary") && !s.id().equals("quotes"))
        .forEach(s -> running.addAll(s.prose()));
    Map<String, Integer> times = new HashMap<>();
    for (Prose p : running) {
      for (Prose.Num n : p.numbers()) {
        times.merge(n.fact().id() + " " + n.text(), 1, Integer::sum);
      }
    }
    assertThat(times).as(q.period().label()).allSatisfy((figure, n) -> assertThat(n).as(figure).isLessThanOrEqualTo(2));
  }

  @Test
  void noHeadlineShapeCoversMoreThanTwoFifthsOfTheQuarters() {
    Map<String, Integer> shapes = new HashMap<>();
    for (Quarter q : quarters()) {
      String headline = brief(MetricsDeriver.derive(DELL, q)).headline().text();
      assertThat(Headlines.repeatedVerb(headline)).as(headline).isNull();
      shapes.merge(Headlines.shape(headline), 1, Integer::sum);
    }
    assertThat(shapes.values()).allSatisfy(n -> assertThat(n * 5).as("%s", shapes).isLessThanOrEqualTo(quarters().size() * 2));
  }
}
