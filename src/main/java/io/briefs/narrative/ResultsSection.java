package io.briefs.narrative;

import io.briefs.metrics.BriefMetrics;
import io.briefs.metrics.Fact;
import io.briefs.metrics.Measure;
import io.briefs.model.Metric;
import java.util.ArrayList;
import java.util.List;

/** The company-wide results: revenue, profit, margin, earnings per share, cash flow. */
final class ResultsSection {
  private final Phrases phrases;

  ResultsSection(Phrases phrases) {
    this.phrases = phrases;
  }

  Brief.Section write(BriefMetrics m) {
    List<Prose> paragraphs = new ArrayList<>();
    Prose.Builder profit = phrases.builder();
    Measure revenue = m.result(Metric.REVENUE);
    phrases.change(profit, "Revenue", revenue, " from a year earlier", m.record(revenue.path()));
    context(profit, revenue, m);
    profit.text(".");
    Measure income = m.result(Metric.OPERATING_INCOME);
    if (income != null) {
      space(profit);
      phrases.change(profit, "Operating income", income, "", m.record(income.path()));
      context(profit, income, m);
      margin(profit, m);
      profit.text(".");
    }
    for (Metric metric : List.of(Metric.OPERATING_INCOME_NON_GAAP, Metric.GROSS_PROFIT, Metric.GROSS_PROFIT_NON_GAAP)) {
      sentence(profit, m, metric);
    }
    add(paragraphs, profit);
    Prose.Builder earnings = phrases.builder();
    List<Metric> lines = List.of(Metric.NET_INCOME, Metric.EPS, Metric.EPS_NON_GAAP, Metric.OPERATING_CASH_FLOW);
    for (int i = 0; i < lines.size(); i++) {
      Measure next = i + 1 < lines.size() ? m.result(lines.get(i + 1)) : null;
      if (pairs(m, m.result(lines.get(i)), next)) {
        space(earnings);
        phrases.change(earnings, Names.capitalize(Names.metric(lines.get(i))), m.result(lines.get(i)), "");
        earnings.text(" and " + Names.metric(lines.get(i + 1)) + " ");
        phrases.sameChange(earnings, next);
        earnings.text(".");
        i++;
      } else {
        sentence(earnings, m, lines.get(i));
      }
    }
    add(paragraphs, earnings);
    return paragraphs.isEmpty() ? null : Brief.Section.of("results", "Results", paragraphs);
  }

  /**
   * Whether two lines moved alike (the same verb, neither with a record to tell), so one sentence
   * carries both and the verb is not said twice: "Net income jumped 27% to $1.5 billion and
   * diluted EPS 30% to $2.15".
   */
  private boolean pairs(BriefMetrics m, Measure a, Measure b) {
    if (a == null || b == null || a.yoy() == null || b.yoy() == null || m.record(a.path()) != null
        || m.record(b.path()) != null) {
      return false;
    }
    Style.Wording first = phrases.style().verb(a.yoy().pct().value());
    Style.Wording second = phrases.style().verb(b.yoy().pct().value());
    return first.direction() != Direction.FLAT && first.verb().equals(second.verb());
  }

  private void sentence(Prose.Builder b, BriefMetrics m, Metric metric) {
    Measure measure = m.result(metric);
    if (measure != null) {
      space(b);
      phrases.change(b, Names.capitalize(Names.metric(metric)), measure, "", m.record(measure.path()));
      context(b, measure, m);
      b.text(".");
    }
  }

  /** A record for the fiscal quarter, a high with its period, or a run of annual gains. */
  private void context(Prose.Builder b, Measure measure, BriefMetrics m) {
    var record = m.record(measure.path());
    if (record != null && phrases.inline(record)) {
      return;
    }
    // a run of annual gains is told of revenue only: on every line it would be noise
    boolean revenue = measure.path() instanceof io.briefs.model.FigurePath.Result r
        && r.metric() == io.briefs.model.Metric.REVENUE || measure.path() instanceof io.briefs.model.FigurePath.SegmentRevenue;
    phrases.context(b, record, revenue ? m.streak(measure.path()) : null, m);
  }

  /** "; the operating margin widened to 5.0% from 4.3%" */
  private void margin(Prose.Builder b, BriefMetrics m) {
    Fact margin = m.operatingMargin();
    Fact prior = m.operatingMarginPrior();
    Fact bps = m.operatingMarginChangeBps();
    if (margin == null) {
      return;
    }
    if (prior == null || bps == null) {
      b.text("; the operating margin was ").num(margin, DisplayForm.PERCENT1);
      return;
    }
    FlatRule rule = new FlatRule.Between(prior, DisplayForm.PERCENT1, phrases.numbers());
    Direction d = rule.of(margin.value().subtract(prior.value()));
    Fact change = new Fact(bps.id() + ".points", margin.value().subtract(prior.value()), margin.unit(),
        Phrases.plain(margin.value()) + " - " + Phrases.plain(prior.value()), bps.inputs());
    if (d == Direction.FLAT) {
      b.text("; the operating margin ").word(change, d, "held", rule).text(" at ").num(margin, DisplayForm.PERCENT1);
      return;
    }
    b.text("; the operating margin ").word(change, d, d == Direction.UP ? "widened" : "narrowed", rule)
        .text(" to ").num(margin, DisplayForm.PERCENT1).text(" from ").num(prior, DisplayForm.PERCENT1);
  }

  private static void space(Prose.Builder b) {
    if (!b.isEmpty()) {
      b.text(" ");
    }
  }

  private static void add(List<Prose> paragraphs, Prose.Builder b) {
    if (!b.isEmpty()) {
      paragraphs.add(b.build());
    }
  }
}
