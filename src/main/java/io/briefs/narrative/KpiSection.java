package io.briefs.narrative;

import io.briefs.metrics.BriefMetrics;
import io.briefs.metrics.Change;
import io.briefs.metrics.ChangeFacts;
import io.briefs.metrics.Extreme;
import io.briefs.metrics.Fact;
import io.briefs.metrics.FactUnit;
import io.briefs.metrics.Measure;
import io.briefs.metrics.OrderBook;
import io.briefs.model.FigurePath;
import io.briefs.model.Kpi;
import io.briefs.model.KpiKind;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
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
    StatedPhrases stated = new StatedPhrases(phrases, names);
    List<Measure> plain = plainFlows(m);
    if (plain.size() > 1) {
      // "AI server orders were $2.6 billion and AI server shipments $1.7 billion in the quarter"
      for (int i = 0; i < plain.size(); i++) {
        Measure x = plain.get(i);
        String name = names.of(x.path());
        b.text(i == 0 ? Names.capitalize(name) + " " + Names.be(name) + " " : i == plain.size() - 1 ? " and " + name + " "
            : ", " + name + " ").num(x.value(), Phrases.shown(x.value().unit()));
      }
      b.text(" in the quarter.");
    }
    for (Kpi kpi : m.company().kpis()) {
      FigurePath path = new FigurePath.KpiValue(kpi.id());
      Measure measure = m.kpi(kpi.id());
      if (plain.size() > 1 && plain.contains(measure)) {
        continue;
      }
      ChangeFacts changes = m.changes(path);
      if (measure == null && (changes == null || !changes.alone())) {
        continue;
      }
      if (!b.isEmpty()) {
        b.text(" ");
      }
      if (measure == null) {
        // the company gave the change and not the figure
        stated.alone(b, Names.capitalize(names.of(path)), changes, " from a year earlier");
      } else if (changes != null && changes.bps() != null) {
        percentage(b, m, measure, changes);
      } else if (measure.value().unit() == FactUnit.PERCENT) {
        level(b, m, measure);
      } else if (kpi.kind() == KpiKind.STOCK) {
        stock(b, m, measure);
      } else {
        flow(b, m, measure);
      }
      if (measure != null) {
        stated.constantCurrency(b, changes);
      }
      b.text(".");
    }
    m.orderBooks().forEach(o -> orderBook(b, o, m));
    return b.isEmpty() ? null : Brief.Section.of("kpis", "Operating metrics", List.of(b.build()));
  }

  /** Amounts over the quarter with nothing to compare them with or say of them: told together. */
  private List<Measure> plainFlows(BriefMetrics m) {
    List<Measure> out = new ArrayList<>();
    for (Kpi kpi : m.company().kpis()) {
      Measure x = m.kpi(kpi.id());
      if (x != null && kpi.kind() != KpiKind.STOCK && x.yoy() == null && (x.qoq() == null || x.qoq().prior() == null)
          && m.changes(x.path()) == null && m.record(x.path()) == null
          && x.value().unit() != FactUnit.PERCENT) {
        out.add(x);
      }
    }
    return out;
  }

  /**
   * A percentage whose change the company states in basis points: "The gross retention rate was
   * 110.5%, down 150 basis points from 112.0% a year earlier".
   */
  private void percentage(Prose.Builder b, BriefMetrics m, Measure measure, ChangeFacts c) {
    String name = names.of(measure.path());
    Kpi kpi = m.company().kpi(((FigurePath.KpiValue) measure.path()).kpi());
    String subject = kpi.kind() == KpiKind.STOCK ? "The " + name : Names.capitalize(name);
    DisplayForm shown = Phrases.shown(measure.value().unit());
    b.text(subject + " " + Names.be(subject) + " ").num(measure.value(), shown).text(", ");
    phrases.upDown(b, c.bps());
    if (c.bps().value().signum() != 0) {
      b.text(" ").num(c.bps(), DisplayForm.BASIS_POINTS);
    }
    Change yoy = measure.yoy();
    if (yoy != null && yoy.prior() != null && !yoy.stated()) {
      b.text(" from ").num(yoy.prior(), shown).text(" a year earlier");
    } else {
      b.text(" from a year earlier");
    }
  }

  /**
   * A percentage against a year earlier, in points and never as a percentage of itself: "Net
   * retention was 110.5%, down from 112.0% a year earlier".
   */
  private void level(Prose.Builder b, BriefMetrics m, Measure measure) {
    String name = names.of(measure.path());
    Kpi kpi = m.company().kpi(((FigurePath.KpiValue) measure.path()).kpi());
    String subject = kpi.kind() == KpiKind.STOCK ? "The " + name : Names.capitalize(name);
    DisplayForm shown = Phrases.shown(measure.value().unit());
    b.text(subject + " " + Names.be(subject) + " ").num(measure.value(), shown);
    Change yoy = measure.yoy();
    if (yoy == null || yoy.prior() == null) {
      return;
    }
    Fact prior = yoy.prior();
    FlatRule rule = new FlatRule.Between(prior, shown, phrases.numbers());
    Fact points = Phrases.difference(measure.value(), prior, "yoy_points");
    Direction d = rule.of(points.value());
    b.text(", ").word(points, d, d == Direction.UP ? "up" : d == Direction.DOWN ? "down" : "unchanged", rule);
    b.text(d == Direction.FLAT ? " from a year earlier" : " from ");
    if (d != Direction.FLAT) {
      b.num(prior, shown).text(" a year earlier");
    }
  }

  /** "The AI server backlog more than tripled from the previous quarter to a record $14.4 billion" */
  private void stock(Prose.Builder b, BriefMetrics m, Measure measure) {
    String subject = "The " + names.of(measure.path());
    Extreme record = m.record(measure.path());
    if (measure.qoq() != null) {
      phrases.sequential(b, subject, measure, measure.qoq(), record);
    } else if (measure.yoy() != null && measure.yoy().prior() != null
        && (measure.value().approximate() || measure.yoy().prior().approximate())) {
      // a change worked out from an approximation is not given as a percentage
      DisplayForm shown = Phrases.shown(measure.value().unit());
      b.text(subject + " stood at ").num(measure.value(), shown).text(" at quarter end, ");
      phrases.upDown(b, measure.yoy().pct());
      b.text(" from ").num(measure.yoy().prior(), shown).text(" a year earlier");
    } else if (measure.yoy() != null) {
      // no quarter before: the year-earlier balance is the basis, labelled
      phrases.change(b, subject, measure, " from a year earlier", record);
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
    } else if (measure.qoq() != null && measure.qoq().prior() != null) {
      // only the quarter before to compare with: a sequential change, labelled
      DisplayForm shown = Phrases.shown(measure.value().unit());
      Change qoq = measure.qoq();
      Style.Wording w = phrases.style().verb(qoq.pct().value());
      b.text(subject + " ").word(qoq.pct(), w.direction(), w.direction() == Direction.UP ? "rose"
          : w.direction() == Direction.DOWN ? "fell" : "held", phrases.style().band());
      b.text(w.direction() == Direction.FLAT ? " at " : " to ").num(measure.value(), shown)
          .text(" from ").num(qoq.prior(), shown).text(" in the previous quarter");
      return;
    } else {
      b.text(subject + " " + Names.be(subject) + " ").num(measure.value(), Phrases.shown(measure.value().unit()))
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
    if (o.bookToBill() == null) {
      return;
    }
    Measure orders = o.ordersKpi() == null ? null : m.kpi(o.ordersKpi());
    Prose.Builder probe = phrases.builder();
    boolean beyondLastYear = orders != null && lastYear(probe, orders, o, m);
    BigDecimal r = o.bookToBill().value().setScale(1, RoundingMode.HALF_UP);
    boolean news = r.compareTo(BigDecimal.valueOf(2)) >= 0 || r.compareTo(BigDecimal.ONE) < 0;
    // orders near shipments are no news; how many quarters the backlog would last at this pace is
    // a figure of our making, not one a reader weighs, and is not given
    if (!news && !beyondLastYear) {
      return;
    }
    boolean multiple = bookToBill(b, o.bookToBill());
    if (beyondLastYear) {
      phrases.againstLastYear(b, orders.value(), o, m, multiple ? " and " : ", and ", "exceeded");
    }
    b.text(".");
  }

  /** Whether the quarter's orders exceeded the whole of last fiscal year's shipments. */
  private boolean lastYear(Prose.Builder probe, Measure orders, OrderBook o, BriefMetrics m) {
    phrases.againstLastYear(probe, orders.value(), o, m, "", "exceeded");
    return !probe.isEmpty();
  }

  /**
   * Orders against shipments as a reader weighs them: a multiple when orders are at least twice
   * shipments ("Orders were 6.7 times the quarter's shipments"), the book-to-bill ratio when they
   * are near ("Orders exceeded the quarter's shipments, a book-to-bill ratio of 1.2"), and "roughly
   * matched" when the ratio reads 1.0, which as a multiple says nothing.
   */
  private static boolean bookToBill(Prose.Builder b, Fact ratio) {
    BigDecimal r = ratio.value().setScale(1, RoundingMode.HALF_UP);
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
