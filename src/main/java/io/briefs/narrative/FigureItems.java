package io.briefs.narrative;

import io.briefs.metrics.BriefMetrics;
import io.briefs.metrics.Change;
import io.briefs.metrics.Extreme;
import io.briefs.metrics.FactUnit;
import io.briefs.metrics.Measure;
import io.briefs.metrics.OrderBook;
import io.briefs.metrics.SegmentMetrics;
import io.briefs.model.FigurePath;
import io.briefs.model.KpiKind;
import io.briefs.model.Metric;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * News items about figures: total revenue, each segment's revenue and operating income, and the
 * KPIs, each scored by the size of its change (year over year; quarter over quarter for a
 * balance, and then labelled) plus a record when it set one.
 */
final class FigureItems {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private final Phrases phrases;
  private final Names names;
  private final News news;

  FigureItems(Phrases phrases, Names names) {
    this.phrases = phrases;
    this.names = names;
    this.news = phrases.style().news();
  }

  List<NewsItem> items(BriefMetrics m) {
    List<NewsItem> out = new ArrayList<>();
    News.Weights w = news.weights();
    Measure revenue = m.result(Metric.REVENUE);
    if (revenue != null && revenue.yoy() != null) {
      out.add(item(m, revenue, revenue.yoy(), false, w.revenueChange() * capped(revenue.yoy(), News.FLOW_CAP), "revenue",
          2));
    }
    for (SegmentMetrics s : m.segments()) {
      Measure r = s.revenue();
      if (r != null && r.yoy() != null && s.revenueShare() != null) {
        double share = s.revenueShare().value().doubleValue() / 100;
        out.add(item(m, r, r.yoy(), false, w.segmentChange() * capped(r.yoy(), News.SEGMENT_CAP) * (0.5 + share),
            names.of(r.path()), 0.75));
      }
      Measure income = s.operatingIncome();
      if (income != null && income.yoy() != null && s.operatingIncomeShare() != null) {
        double share = Math.max(0, s.operatingIncomeShare().value().doubleValue()) / 100;
        out.add(item(m, income, income.yoy(), false,
            w.segmentChange() * 0.5 * capped(income.yoy(), News.SEGMENT_CAP) * (0.5 + share), names.of(income.path()), 0.75));
      }
    }
    for (Measure k : m.kpis()) {
      if (k.value().unit() == FactUnit.PERCENT) {
        continue; // a percentage's change is in points, not a percentage of it: no growth item
      }
      if (k.value().approximate() || k.yoy() != null && k.yoy().prior() != null && k.yoy().prior().approximate()) {
        continue; // a change worked out from an approximation is not news to lead with
      }
      boolean stock = isStock(m, k);
      Change c = stock && k.qoq() != null ? k.qoq() : k.yoy();
      if (c == null || c.stated()) {
        continue;
      }
      if (!stock && turned(k)) {
        // up on a year but down on the quarter (orders of $5.6 billion, up 75% from a year
        // earlier, after $12.1 billion): either alone would mislead a headline or a takeaway
        continue;
      }
      double score = stock ? w.kpiStockChange() * capped(c, News.STOCK_CAP) : w.kpiFlowChange() * capped(c, News.FLOW_CAP);
      out.add(item(m, k, c, stock && c == k.qoq(), score, names.of(k.path()), 1));
    }
    return out;
  }

  /** Whether a flow moved one way against a year earlier and the other against the quarter before, each clearly. */
  private boolean turned(Measure k) {
    if (k.yoy() == null || k.qoq() == null) {
      return false;
    }
    Direction year = phrases.style().verb(k.yoy().pct().value()).direction();
    Direction quarter = phrases.style().verb(k.qoq().pct().value()).direction();
    return year != Direction.FLAT && quarter != Direction.FLAT && year != quarter;
  }

  private NewsItem item(BriefMetrics m, Measure measure, Change c, boolean sequential, double score, String name,
      double recordFactor) {
    Extreme e = m.record(measure.path());
    boolean record = e != null && e.isRecord();
    boolean high = e != null && !record && phrases.isNews(e, m);
    double full = news.weights().record() * recordFactor;
    double bonus = record ? (e.claim() != null && e.claim().ofQuarter() ? full / 2 : full) : high ? full / 3 : 0;
    Style.Wording wording = phrases.style().verb(c.pct().value());
    Tone tone = record ? Tone.GOOD : Tone.of(wording.direction() == Direction.UP ? 1
        : wording.direction() == Direction.DOWN ? -1 : 0);
    String article = isStock(m, measure) ? "the " : "";
    NewsItem.Clause clause = (b, first, verbs) -> {
      b.text(first ? names.companyPossessive() + " " + name + " " : article + name + " ");
      DisplayForm shown = Phrases.shown(measure.value().unit());
      if (record) {
        b.text(Names.agree(name, verbs.take("hits")) + " a record ").num(measure.value(), shown);
        return;
      }
      String verb = verbs.take(wording.headlineVerb());
      b.word(c.pct(), wording.direction(), Names.agree(name, verb), phrases.style().band());
      if (wording.direction() == Direction.FLAT) {
        b.text(" at ").num(measure.value(), shown);
        return;
      }
      // a change of 100% or more reads better as the new level: "orders surge to $34.1 billion"
      boolean huge = c.pct().value().abs().compareTo(HUNDRED) >= 0;
      if (!huge) {
        b.text(" ").num(c.pct(), DisplayForm.GROWTH);
      }
      b.text(sequential ? " in a quarter" : "");
      if (first || huge) {
        b.text(" to ").num(measure.value(), shown);
      }
    };
    NewsItem.Sentence takeaway = b -> takeaway(b, m, measure, c, sequential, e, name);
    return new NewsItem(NewsKind.FIGURE, tone, score + bonus, measure.path().key(), clause, takeaway);
  }

  /** "AI server orders reached a record $12.1 billion, more than all of FY2025's AI server shipments." */
  private void takeaway(Prose.Builder b, BriefMetrics m, Measure measure, Change c, boolean sequential, Extreme e,
      String name) {
    String subject = Names.capitalize((isStock(m, measure) ? "the " : "") + name);
    if (sequential) {
      phrases.sequential(b, subject, measure, c, e);
    } else if (c.prior() != null && c.pct().value().abs().compareTo(HUNDRED) >= 0) {
      phrases.level(b, subject, measure, c, e);
    } else {
      phrases.change(b, subject, measure, "", e);
    }
    OrderBook book = m.orderBooks().stream()
        .filter(o -> o.ordersKpi() != null && measure.path().equals(new FigurePath.KpiValue(o.ordersKpi())))
        .filter(o -> o.lastYearShipments() != null
            && measure.value().value().compareTo(o.lastYearShipments().value()) > 0)
        .findFirst().orElse(null);
    if (book != null) {
      // a quarter's orders above a whole year's shipments says more than a high since some quarter
      phrases.againstLastYear(b, measure.value(), book, m);
    } else if (e != null && !phrases.inline(e) && (e.isRecord() || phrases.isNews(e, m))) {
      phrases.context(b, e, null, m);
    }
    b.text(".");
  }

  static boolean isStock(BriefMetrics m, Measure k) {
    return k.path() instanceof FigurePath.KpiValue v && m.company().kpi(v.kpi()).kind() == KpiKind.STOCK;
  }

  private static double capped(Change c, double cap) {
    return Math.min(c.pct().value().abs().doubleValue(), cap);
  }
}
