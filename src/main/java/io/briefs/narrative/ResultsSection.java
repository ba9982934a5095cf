package io.briefs.narrative;

import io.briefs.metrics.BriefMetrics;
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
    phrases.change(profit, "Revenue", revenue, " year over year");
    phrases.context(profit, m.record(revenue.path()), m.streak(revenue.path()), m);
    profit.text(".");
    Measure income = m.result(Metric.OPERATING_INCOME);
    if (income != null) {
      space(profit);
      phrases.change(profit, "Operating income", income, "");
      margin(profit, m);
      profit.text(".");
    }
    sentence(space(profit, m.result(Metric.OPERATING_INCOME_NON_GAAP)), m, Metric.OPERATING_INCOME_NON_GAAP, "");
    sentence(space(profit, m.result(Metric.GROSS_PROFIT)), m, Metric.GROSS_PROFIT, "");
    sentence(space(profit, m.result(Metric.GROSS_PROFIT_NON_GAAP)), m, Metric.GROSS_PROFIT_NON_GAAP, "");
    add(paragraphs, profit);
    Prose.Builder earnings = phrases.builder();
    for (Metric metric : List.of(Metric.NET_INCOME, Metric.EPS, Metric.EPS_NON_GAAP, Metric.OPERATING_CASH_FLOW)) {
      sentence(space(earnings, m.result(metric)), m, metric, "");
    }
    add(paragraphs, earnings);
    return paragraphs.isEmpty() ? null : Brief.Section.of("results", "Results", paragraphs);
  }

  private void sentence(Prose.Builder b, BriefMetrics m, Metric metric, String since) {
    Measure measure = m.result(metric);
    if (measure != null) {
      phrases.change(b, Names.capitalize(Names.metric(metric)), measure, since);
      b.text(".");
    }
  }

  /** ", an operating margin of 5.0%, up 66 basis points from a year earlier" */
  private void margin(Prose.Builder b, BriefMetrics m) {
    if (m.operatingMargin() == null) {
      return;
    }
    b.text(", an operating margin of ").num(m.operatingMargin(), DisplayForm.PERCENT1);
    if (m.operatingMarginChangeBps() != null && m.operatingMarginChangeBps().value().signum() != 0) {
      b.text(", ");
      phrases.upDown(b, m.operatingMarginChangeBps());
      b.text(" ").num(m.operatingMarginChangeBps(), DisplayForm.BASIS_POINTS).text(" from a year earlier");
    }
  }

  private static Prose.Builder space(Prose.Builder b, Measure next) {
    if (next != null && !b.isEmpty()) {
      b.text(" ");
    }
    return b;
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
