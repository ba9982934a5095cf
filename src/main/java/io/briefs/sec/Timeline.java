package io.briefs.sec;

import io.briefs.model.FiscalQuarter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The values one figure has had: for each place in the fiscal calendar (quarter, year to date,
 * fiscal year), what each filing gave for it. A figure "as of" a filing is what the latest filing
 * up to it gave, so a later filing's different value is a revision.
 */
final class Timeline {
  private final Map<Slot, List<Given>> bySlot = new HashMap<>();

  /** What one filing gave for one slot. */
  record Given(Filing filing, BigDecimal value, int priority) {}

  /**
   * The timeline of a figure from a document's facts; facts of other units, instants, facts of
   * filings that are not quarterly or annual reports and periods off the calendar are left out.
   */
  static Timeline of(Concept concept, List<XbrlFact> facts, String currency, FiscalCalendar calendar) {
    Timeline t = new Timeline();
    String unit = concept.unit(currency);
    for (XbrlFact f : facts) {
      int priority = concept.names().indexOf(f.concept());
      if (priority < 0 || !f.unit().equals(unit) || f.start() == null || !f.filing().periodic()) {
        continue;
      }
      Slot slot = calendar.slot(f.start(), f.end());
      if (slot != null) {
        t.add(slot, new Given(f.filing(), f.value(), priority));
      }
    }
    t.bySlot.values().forEach(list -> list.sort((a, b) -> Filing.ORDER.compare(a.filing, b.filing)));
    return t;
  }

  private void add(Slot slot, Given entry) {
    List<Given> entries = bySlot.computeIfAbsent(slot, s -> new ArrayList<>());
    for (int i = 0; i < entries.size(); i++) {
      Given e = entries.get(i);
      if (e.filing.equals(entry.filing)) {
        if (entry.priority < e.priority) { // one filing, two concepts: the preferred one
          entries.set(i, entry);
        }
        return;
      }
    }
    entries.add(entry);
  }

  /** The value of a slot as of a filing: the latest given up to it; null when none was. */
  @Nullable Given at(Slot slot, Filing asOf) {
    List<Given> entries = bySlot.get(slot);
    Given found = null;
    if (entries != null) {
      for (Given e : entries) {
        if (!e.filing.after(asOf)) {
          found = e;
        }
      }
    }
    return found;
  }

  /** The quarters whose figures a filing itself gives (directly, or through a total ending with them). */
  Set<FiscalQuarter> touchedBy(Filing filing) {
    Set<FiscalQuarter> out = new LinkedHashSet<>();
    bySlot.forEach((slot, entries) -> {
      if (entries.stream().anyMatch(e -> e.filing.equals(filing))) {
        out.add(slot.last());
      }
    });
    return out;
  }

  /**
   * A quarter's figure as of a filing: the quarter's own fact, or for amounts the year to date
   * (six months, nine months, the fiscal year) less the quarters before it. Per-share figures are
   * never derived: share counts change, so a year's EPS is not the sum of its quarters'.
   */
  @Nullable Figure quarter(FiscalQuarter q, Filing asOf, boolean additive) {
    Given direct = at(new Slot(q, 1), asOf);
    if (direct != null) {
      return new Figure(direct.value, direct.filing, null);
    }
    if (!additive || q.quarter() == 1) {
      return null;
    }
    Slot totalSlot = Slot.toDate(q);
    Given total = at(totalSlot, asOf);
    Cumulative earlier = total == null ? null : toDate(q.previous(), asOf);
    if (earlier == null) {
      return null;
    }
    return new Figure(total.value.subtract(earlier.value), total.filing,
        new Figure.Derivation(totalSlot.describe(), total.value, earlier.description, earlier.value));
  }

  /** A year to date as of a filing, and how it is named in comments. */
  private record Cumulative(BigDecimal value, Filing newest, String description) {}

  /**
   * The year to date through {@code q}: its own fact, or the sum of its quarters when that is newer
   * information (a 10-K that revises the first three quarters gives no new nine-month figure).
   */
  private @Nullable Cumulative toDate(FiscalQuarter q, Filing asOf) {
    Given own = q.quarter() == 1 ? null : at(Slot.toDate(q), asOf);
    BigDecimal sum = BigDecimal.ZERO;
    Filing newest = null;
    for (int i = 1; i <= q.quarter() && sum != null; i++) {
      Figure f = quarter(q.fiscalYear().quarter(i), asOf, true);
      if (f == null) {
        sum = null;
      } else {
        sum = sum.add(f.value());
        newest = newest == null || f.filing().after(newest) ? f.filing() : newest;
      }
    }
    if (own != null && (sum == null || !newest.after(own.filing))) {
      return new Cumulative(own.value, own.filing, Slot.toDate(q).describe());
    }
    if (sum == null) {
      return null;
    }
    String quarters = switch (q.quarter()) {
      case 1 -> "Q1";
      case 2 -> "Q1 and Q2";
      default -> "Q1 to Q" + q.quarter();
    };
    return new Cumulative(sum, newest, quarters);
  }
}
