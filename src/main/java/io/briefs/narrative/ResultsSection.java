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
    phrases.change(profit, "Revenue", revenue, " from a year earlier", m.record(revenue.path()));
    stated.constantCurrency(profit, m.changes(revenue.path()));
    context(profit, revenue, m);
    profit.text(".");
    Measure income = m.result(Metric.OPERATING_INCOME);
    if (income != null) {
      space(profit);
      phrases.change(profit, "Operating income", income, "", m.record(income.path()));
      stated.constantCurrency(profit, m.changes(income.path()));
      context(profit, income, m);
      margin(profit, m);
      profit.text(".");
    } else {
      sentence(profit, m, Metric.OPERATING_INCOME);
      if (m.operatingMargin() == null) {
        ChangeFacts marginAlone = m.changes(new FigurePath.MarginValue(Margin.OPERATING));
        if (marginAlone != null && marginAlone.alone()) {
          space(profit);
          stated.alone(profit, "The operating margin", marginAlone, " from a year earlier");
          profit.text(".");
        }
      } else {
        space(profit);
        stated.marginSentence(profit, new MarginFigure(new FigurePath.MarginValue(Margin.OPERATING),
            m.operatingMargin(), m.operatingMarginPrior(), m.operatingMarginChangeBps()), "the operating margin");
      }
    }
    for (Metric metric : List.of(Metric.OPERATING_INCOME_NON_GAAP, Metric.GROSS_PROFIT, Metric.GROSS_PROFIT_NON_GAAP)) {
      sentence(profit, m, metric);
    }
    add(paragraphs, profit);
    Prose.Builder earnings = phrases.builder();
    List<Metric> lines = List.of(Metric.NET_INCOME, Metric.EPS, Metric.EPS_NON_GAAP, Metric.OPERATING_CASH_FLOW,
        Metric.FREE_CASH_FLOW);
    for (int i = 0; i < lines.size(); i++) {
      Measure next = i + 1 < lines.size() ? m.result(lines.get(i + 1)) : null;
      if (pairs(m, lines.get(i), m.result(lines.get(i)), lines.get(Math.min(i + 1, lines.size() - 1)), next)) {
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
    Prose oneOffs = stated.oneOffs(m);
    if (oneOffs != null) {
      paragraphs.add(oneOffs);
    }
    return paragraphs.isEmpty() ? null : Brief.Section.of("results", "Results", paragraphs);
  }

  /**
   * Whether two lines moved alike (the same verb, neither with a record, a margin or a constant-
   * currency change to tell), so one sentence carries both and the verb is not said twice: "Net
   * income jumped 27% to $1.5 billion and diluted EPS 30% to $2.15".
   */
  private boolean pairs(BriefMetrics m, Metric first, Measure a, Metric second, Measure b) {
    if (a == null || b == null || a.yoy() == null || b.yoy() == null || m.record(a.path()) != null
        || m.record(b.path()) != null || marginOf(m, first) != null || marginOf(m, second) != null
        || m.changes(a.path()) != null || m.changes(b.path()) != null) {
      return false;
    }
    Style.Wording one = phrases.style().verb(a.yoy().pct().value());
    Style.Wording two = phrases.style().verb(b.yoy().pct().value());
    return one.direction() != Direction.FLAT && one.verb().equals(two.verb());
  }

  /**
   * "Gross profit rose 5% to $2.4 billion, a gross margin of 31.2%.", or the figure's stated
   * change alone, or its stated margin alone ("The gross margin was 31.2%."); nothing when the
   * quarter says nothing of it.
   */
  private void sentence(Prose.Builder b, BriefMetrics m, Metric metric) {
    Measure measure = m.result(metric);
    ChangeFacts alone = measure != null ? null : m.changes(new FigurePath.Result(metric));
    MarginFigure margin = marginOf(m, metric);
    if (measure != null) {
      space(b);
      phrases.change(b, Names.capitalize(Names.metric(metric)), measure, "", m.record(measure.path()));
      stated.constantCurrency(b, m.changes(measure.path()));
      context(b, measure, m);
      if (margin != null) {
        stated.marginClause(b, margin, margin(metric).label());
      }
      b.text(".");
    } else if (alone != null) {
      space(b);
      stated.alone(b, Names.capitalize(Names.metric(metric)), alone, " from a year earlier");
      b.text(".");
    }
    if (measure == null && margin != null) {
      space(b);
      stated.marginSentence(b, margin, "the " + margin(metric).label());
    } else if (margin == null && margin(metric) != null) {
      ChangeFacts marginAlone = m.changes(new FigurePath.MarginValue(margin(metric)));
      if (marginAlone != null && marginAlone.alone()) {
        space(b);
        stated.alone(b, "The " + margin(metric).label(), marginAlone, " from a year earlier");
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

  /** A record for the fiscal quarter, a high with its period, or a run of annual gains. */
  private void context(Prose.Builder b, Measure measure, BriefMetrics m) {
    var record = m.record(measure.path());
    if (record != null && phrases.inline(record)) {
      return;
    }
    // a run of annual gains is told of revenue only: on every line it would be noise
    boolean revenue = measure.path() instanceof FigurePath.Result r && r.metric() == Metric.REVENUE;
    phrases.context(b, record, revenue ? m.streak(measure.path()) : null, m);
  }

  private void margin(Prose.Builder b, BriefMetrics m) {
    if (m.operatingMargin() != null) {
      phrases.marginChange(b, "the operating margin", m.operatingMargin(), m.operatingMarginPrior(),
          m.operatingMarginChangeBps());
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
