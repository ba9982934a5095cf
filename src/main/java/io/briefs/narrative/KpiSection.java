package io.briefs.narrative;

import io.briefs.metrics.BriefMetrics;
import io.briefs.metrics.Change;
import io.briefs.metrics.ChangeFacts;
import io.briefs.metrics.Measure;
import io.briefs.metrics.OrderBook;
import io.briefs.model.FigurePath;
import io.briefs.model.FiscalQuarter;
import io.briefs.model.Kpi;
import io.briefs.model.KpiKind;
import java.util.List;

/**
 * The company's operating metrics: flows ("AI server orders came to $12.1 billion in the
 * quarter") and stocks ("the AI server backlog stood at $14.4 billion at quarter end"), each
 * against the previous quarter and a year earlier.
 */
final class KpiSection {
  private final Phrases phrases;
  private final Names names;

  KpiSection(Phrases phrases, Names names) {
    this.phrases = phrases;
    this.names = names;
  }

  Brief.Section write(BriefMetrics m) {
    Prose.Builder b = phrases.builder();
    FiscalQuarter previous = m.quarter().period().previous();
    StatedPhrases stated = new StatedPhrases(phrases, names);
    for (Kpi declared : m.company().kpis()) {
      FigurePath kpiPath = new FigurePath.KpiValue(declared.id());
      Measure measure = m.kpi(declared.id());
      ChangeFacts changes = m.changes(kpiPath);
      if (measure == null) {
        if (changes != null && changes.alone()) {
          if (!b.isEmpty()) {
            b.text(" ");
          }
          stated.alone(b, Names.capitalize(names.of(kpiPath)), changes, " year over year");
          b.text(".");
        }
        continue;
      }
      Kpi kpi = declared;
      if (!b.isEmpty()) {
        b.text(" ");
      }
      String name = names.of(measure.path());
      DisplayForm shown = Phrases.shown(measure.value().unit());
      if (kpi.kind() == KpiKind.STOCK) {
        b.text(Names.capitalize(article(name)) + " stood at ").num(measure.value(), shown).text(" at quarter end");
      } else {
        b.text(Names.capitalize(name) + " came to ").num(measure.value(), shown).text(" in the quarter");
      }
      Integer first = compare(b, measure.qoq(), shown, "in " + previous.displayName(), null);
      if (changes != null && changes.bps() != null) {
        basisPoints(b, changes, measure.yoy(), shown, first);
      } else {
        compare(b, measure.yoy(), shown, "a year earlier", first);
      }
      stated.constantCurrency(b, changes);
      phrases.context(b, m.record(measure.path()), null, m);
      b.text(".");
    }
    m.orderBooks().forEach(o -> orderBook(b, o));
    return b.isEmpty() ? null
        : Brief.Section.of("kpis", "Operating metrics", List.of(b.build()));
  }

  /**
   * Appends ", up from $1.7 billion in Q4 FY2025"; a second comparison in the same direction
   * reads " and $2.6 billion a year earlier", in the other direction " but down from ...".
   *
   * @param firstSign the sign of the comparison already written, or null
   * @return the sign of this comparison, or {@code firstSign} when nothing was written
   */
  private Integer compare(Prose.Builder b, Change change, DisplayForm shown, String when, Integer firstSign) {
    if (change == null || change.prior() == null || change.stated()) {
      return firstSign;
    }
    int sign = change.pct().value().signum();
    if (firstSign != null && firstSign == sign && sign != 0) {
      b.text(" and ");
    } else {
      b.text(firstSign == null ? ", " : " but ");
      phrases.upDown(b, change.pct());
      b.text(sign == 0 ? " from " : " from ");
    }
    b.num(change.prior(), shown).text(" " + when);
    return sign;
  }

  /**
   * "Orders were 6.7 times shipments in the quarter, and the backlog equals 8.0 quarters of
   * shipments at that pace."
   */
  private void orderBook(Prose.Builder b, OrderBook o) {
    if (o.bookToBill() != null) {
      b.text(" That is a book-to-bill ratio of ").num(o.bookToBill(), DisplayForm.RATIO);
      b.text(o.coverage() == null ? "." : ", and ");
    }
    if (o.coverage() != null) {
      b.text(o.bookToBill() == null ? " The backlog equals " : "the backlog equals ")
          .num(o.coverage(), DisplayForm.RATIO).text(" quarters of shipments at this quarter's pace.");
    }
  }

  /**
   * ", down 150 basis points from 112.0% a year earlier" for a percentage whose change the company
   * states in basis points (", and ..." after a comparison with the previous quarter).
   */
  private void basisPoints(Prose.Builder b, ChangeFacts c, Change yoy, DisplayForm shown, Integer firstSign) {
    b.text(firstSign == null ? ", " : " and ");
    phrases.upDown(b, c.bps());
    if (c.bps().value().signum() != 0) {
      b.text(" ").num(c.bps(), DisplayForm.BASIS_POINTS);
    }
    if (yoy != null && yoy.prior() != null && !yoy.stated()) {
      b.text(" from ").num(yoy.prior(), shown).text(" a year earlier");
    } else {
      b.text(" from a year earlier");
    }
  }

  /** "the AI server backlog": stocks read as a definite noun phrase. */
  private static String article(String name) {
    return "the " + name;
  }
}
