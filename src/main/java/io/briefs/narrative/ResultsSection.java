package io.briefs.narrative;

import io.briefs.metrics.BriefMetrics;
import io.briefs.metrics.ChangeFacts;
import io.briefs.metrics.MarginFigure;
import io.briefs.metrics.Measure;
import io.briefs.model.FigurePath;
import io.briefs.model.Margin;
import io.briefs.model.Metric;
import java.util.ArrayList;
import java.util.List;

/**
 * The company-wide results: revenue, profit, margins, earnings per share, cash flow, and the
 * quarter's one-off items.
 */
final class ResultsSection {
  private final Phrases phrases;
  private StatedPhrases stated;

  ResultsSection(Phrases phrases) {
    this.phrases = phrases;
  }

  Brief.Section write(BriefMetrics m) {
    stated = new StatedPhrases(phrases, new Names(m.company()));
    List<Prose> paragraphs = new ArrayList<>();
    Prose.Builder profit = phrases.builder();
    Measure revenue = m.result(Metric.REVENUE);
    phrases.change(profit, "Revenue", revenue, " year over year");
    stated.constantCurrency(profit, m.changes(revenue.path()));
    phrases.context(profit, m.record(revenue.path()), m.streak(revenue.path()), m);
    profit.text(".");
    Measure income = m.result(Metric.OPERATING_INCOME);
    if (income != null) {
      space(profit);
      phrases.change(profit, "Operating income", income, "");
      stated.constantCurrency(profit, m.changes(income.path()));
      margin(profit, m);
      profit.text(".");
    } else {
      sentence(profit, m, Metric.OPERATING_INCOME, "");
      if (m.operatingMargin() == null) {
        ChangeFacts marginAlone = m.changes(new FigurePath.MarginValue(Margin.OPERATING));
        if (marginAlone != null && marginAlone.alone()) {
          space(profit);
          stated.alone(profit, "The operating margin", marginAlone, " year over year");
          profit.text(".");
        }
      } else {
        space(profit);
        stated.marginSentence(profit, new MarginFigure(new FigurePath.MarginValue(Margin.OPERATING),
            m.operatingMargin(), m.operatingMarginChangeBps()), "the operating margin");
      }
    }
    sentence(profit, m, Metric.OPERATING_INCOME_NON_GAAP, "");
    sentence(profit, m, Metric.GROSS_PROFIT, "");
    sentence(profit, m, Metric.GROSS_PROFIT_NON_GAAP, "");
    add(paragraphs, profit);
    Prose.Builder earnings = phrases.builder();
    for (Metric metric : List.of(Metric.NET_INCOME, Metric.EPS, Metric.EPS_NON_GAAP, Metric.OPERATING_CASH_FLOW,
        Metric.FREE_CASH_FLOW)) {
      sentence(earnings, m, metric, "");
    }
    add(paragraphs, earnings);
    Prose oneOffs = stated.oneOffs(m);
    if (oneOffs != null) {
      paragraphs.add(oneOffs);
    }
    return paragraphs.isEmpty() ? null : Brief.Section.of("results", "Results", paragraphs);
  }

  /**
   * "Gross profit rose 5% to $2.4 billion, a gross margin of 31.2%.", or the figure's stated
   * change alone, or its stated margin alone ("The gross margin was 31.2%."); nothing when the
   * quarter says nothing of it.
   */
  private void sentence(Prose.Builder b, BriefMetrics m, Metric metric, String since) {
    Measure measure = m.result(metric);
    ChangeFacts alone = measure != null ? null : m.changes(new FigurePath.Result(metric));
    MarginFigure margin = marginOf(m, metric);
    if (measure != null) {
      space(b);
      phrases.change(b, Names.capitalize(Names.metric(metric)), measure, since);
      stated.constantCurrency(b, m.changes(measure.path()));
      if (margin != null) {
        stated.marginClause(b, margin, margin(metric).label());
      }
      b.text(".");
    } else if (alone != null) {
      space(b);
      stated.alone(b, Names.capitalize(Names.metric(metric)), alone, " year over year");
      b.text(".");
    }
    if (measure == null && margin != null) {
      space(b);
      stated.marginSentence(b, margin, "the " + margin(metric).label());
    } else if (margin == null && margin(metric) != null) {
      ChangeFacts marginAlone = m.changes(new FigurePath.MarginValue(margin(metric)));
      if (marginAlone != null && marginAlone.alone()) {
        space(b);
        stated.alone(b, "The " + margin(metric).label(), marginAlone, " year over year");
        b.text(".");
      }
    }
  }

  /** The stated margin of a money figure other than operating income, or null. */
  private static MarginFigure marginOf(BriefMetrics m, Metric metric) {
    Margin margin = margin(metric);
    return margin == null || margin == Margin.OPERATING ? null : m.margin(margin);
  }

  private static Margin margin(Metric metric) {
    for (Margin margin : Margin.values()) {
      if (margin.of() == metric) {
        return margin;
      }
    }
    return null;
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
