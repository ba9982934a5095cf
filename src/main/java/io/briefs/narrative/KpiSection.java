package io.briefs.narrative;

import io.briefs.metrics.BriefMetrics;
import io.briefs.metrics.Change;
import io.briefs.metrics.Extreme;
import io.briefs.metrics.Measure;
import io.briefs.metrics.OrderBook;
import io.briefs.model.FigurePath;
import io.briefs.model.Kpi;
import io.briefs.model.KpiKind;
import java.math.BigDecimal;
import java.util.List;

/**
 * The company's operating metrics. An amount over the quarter (orders, shipments) is compared
 * with a year earlier, and with the previous quarter only when said so; a balance (a backlog) with
 * the previous quarter, labelled. Then the order book: orders against shipments, a quarter's
 * orders against a whole year of shipments, and the backlog against the quarter's pace only when
 * the company gives no shipment guidance of its own to read it against.
 */
final class KpiSection {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private final Phrases phrases;
  private final Names names;

  KpiSection(Phrases phrases, Names names) {
    this.phrases = phrases;
    this.names = names;
  }

  Brief.Section write(BriefMetrics m) {
    Prose.Builder b = phrases.builder();
    for (Measure measure : m.kpis()) {
      Kpi kpi = m.company().kpi(((FigurePath.KpiValue) measure.path()).kpi());
      if (!b.isEmpty()) {
        b.text(" ");
      }
      if (kpi.kind() == KpiKind.STOCK) {
        stock(b, m, measure);
      } else {
        flow(b, m, measure);
      }
      b.text(".");
    }
    m.orderBooks().forEach(o -> orderBook(b, o, m));
    return b.isEmpty() ? null : Brief.Section.of("kpis", "Operating metrics", List.of(b.build()));
  }

  /** "The AI server backlog more than tripled in the quarter to a record $14.4 billion" */
  private void stock(Prose.Builder b, BriefMetrics m, Measure measure) {
    String subject = "The " + names.of(measure.path());
    Extreme record = m.record(measure.path());
    if (measure.qoq() != null) {
      phrases.sequential(b, subject, measure, measure.qoq(), record);
    } else {
      b.text(subject + " stood at ").num(measure.value(), Phrases.shown(measure.value().unit()))
          .text(" at quarter end");
    }
    if (record != null && !phrases.inline(record) && (record.isRecord() || phrases.isNews(record, m))) {
      phrases.context(b, record, null, m);
    }
  }

  /** "AI server orders rose to a record $12.1 billion from $2.6 billion a year earlier" */
  private void flow(Prose.Builder b, BriefMetrics m, Measure measure) {
    String subject = Names.capitalize(names.of(measure.path()));
    Extreme record = m.record(measure.path());
    Change yoy = measure.yoy();
    if (yoy != null && yoy.prior() != null && yoy.pct().value().abs().compareTo(HUNDRED) >= 0) {
      phrases.level(b, subject, measure, yoy, record);
    } else if (yoy != null) {
      phrases.change(b, subject, measure, " from a year earlier", record);
    } else {
      b.text(subject + " came to ").num(measure.value(), Phrases.shown(measure.value().unit()))
          .text(" in the quarter");
    }
    previousQuarter(b, measure, yoy);
    if (record != null && !phrases.inline(record) && (record.isRecord() || phrases.isNews(record, m))) {
      phrases.context(b, record, null, m);
    }
  }

  /** " and from $1.7 billion in the previous quarter", or ", though down from ..." when it turned. */
  private void previousQuarter(Prose.Builder b, Measure measure, Change yoy) {
    Change qoq = measure.qoq();
    if (qoq == null || qoq.prior() == null) {
      return;
    }
    DisplayForm shown = Phrases.shown(measure.value().unit());
    int now = qoq.pct().value().signum();
    int year = yoy == null ? 0 : yoy.pct().value().signum();
    if (yoy != null && now == year && now != 0) {
      b.text(" and from ").num(qoq.prior(), shown).text(" in the previous quarter");
      return;
    }
    b.text(yoy == null ? ", " : ", though ");
    phrases.upDown(b, qoq.pct());
    b.text(" from ").num(qoq.prior(), shown).text(" in the previous quarter");
  }

  /**
   * "Orders were 6.7 times shipments in the quarter, more than all of FY2025's AI server
   * shipments ($9.8 billion)." and, without shipment guidance, the backlog at this quarter's pace.
   */
  private void orderBook(Prose.Builder b, OrderBook o, BriefMetrics m) {
    if (o.bookToBill() != null) {
      boolean multiple = bookToBill(b, o.bookToBill());
      Measure orders = o.ordersKpi() == null ? null : m.kpi(o.ordersKpi());
      if (orders != null) {
        phrases.againstLastYear(b, orders.value(), o, m, multiple ? " and " : ", and ", "exceeded");
      }
      b.text(".");
    }
    if (o.coverage() != null && !o.shipmentsGuided()) {
      b.text(" At this quarter's pace of shipments, the backlog would last ").num(o.coverage(), DisplayForm.RATIO)
          .text(" quarters.");
    }
  }

  /**
   * Orders against shipments as a reader weighs them: a multiple when orders are at least twice
   * shipments ("Orders were 6.7 times the quarter's shipments"), the book-to-bill ratio when they
   * are near ("Orders exceeded the quarter's shipments, a book-to-bill ratio of 1.2"), and "roughly
   * matched" when the ratio reads 1.0, which as a multiple says nothing.
   */
  private static boolean bookToBill(Prose.Builder b, io.briefs.metrics.Fact ratio) {
    BigDecimal r = ratio.value().setScale(1, java.math.RoundingMode.HALF_UP);
    if (r.compareTo(BigDecimal.valueOf(2)) >= 0) {
      b.text(" Orders were ").num(ratio, DisplayForm.RATIO).text(" times the quarter's shipments");
      return true;
    } else if (r.compareTo(BigDecimal.ONE) == 0) {
      b.text(" Orders roughly matched the quarter's shipments");
    } else {
      b.text(r.compareTo(BigDecimal.ONE) > 0 ? " Orders exceeded the quarter's shipments"
          : " Orders fell short of the quarter's shipments").text(", a book-to-bill ratio of ")
          .num(ratio, DisplayForm.RATIO);
    }
    return false;
  }
}
