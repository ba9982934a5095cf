package io.briefs.sec;

import io.briefs.model.FiscalQuarter;
import io.briefs.model.Metric;
import io.briefs.model.Units;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * Turns a document's facts into quarter drafts.
 *
 * <ul>
 *   <li>A fact's period comes from its dates, mapped to the fiscal calendar; {@code fy}/{@code fp}
 *       name the filing and are never used.
 *   <li>A quarter's own filing is the first 10-Q (or, for a fourth quarter, 10-K) whose period it
 *       is; its figures are what that filing gave, or could be derived from, when it was filed.
 *   <li>Amounts missing for a quarter are the year to date less the quarters before (cash flows
 *       come year to date only; a 10-K gives the year only); per-share figures never are.
 *   <li>A later filing that gives another value for an earlier quarter revised it: the earlier
 *       quarter, as that later filing knew it, becomes a comparative of the later filing's quarter.
 *       So does the year-ago quarter when it has no file of its own.
 * </ul>
 */
final class QuarterDrafts {
  private final Map<Concept, Timeline> timelines = new EnumMap<>(Concept.class);
  private final Map<FiscalQuarter, Filing> own = new TreeMap<>();
  private final List<String> notes = new ArrayList<>();
  private final FiscalCalendar calendar;
  private final Filing last;

  QuarterDrafts(CompanyFacts facts, String currency, FiscalCalendar calendar) {
    this.calendar = calendar;
    this.last = facts.filings().isEmpty() ? null : facts.filings().get(facts.filings().size() - 1);
    for (Concept c : Concept.values()) {
      timelines.put(c, Timeline.of(c, facts.facts(), currency, calendar));
    }
    for (Filing f : facts.filings()) { // in filing order: the first filing of a period is its own
      FiscalQuarter q = f.periodic() && f.periodEnd() != null ? calendar.quarterEnding(f.periodEnd()) : null;
      if (q != null) {
        own.putIfAbsent(q, f);
      }
    }
  }

  /** What the drafts could not hold, one line each (a fourth quarter's EPS, an amendment). */
  List<String> notes() {
    return notes;
  }

  /** The quarters that have a filing of their own. */
  Set<FiscalQuarter> quarters() {
    return own.keySet();
  }

  /**
   * The drafts of every quarter from {@code since} (null: all) that has a filing of its own.
   *
   * @param existing the quarters that already have a file
   */
  List<QuarterDraft> drafts(@Nullable FiscalQuarter since, Set<FiscalQuarter> existing) {
    Map<FiscalQuarter, Map<Metric, Figure>> ownFigures = new HashMap<>();
    own.forEach((q, f) -> ownFigures.put(q, figures(q, f)));
    Set<FiscalQuarter> filed = new TreeSet<>(existing);
    own.keySet().stream()
        .filter(q -> since == null || q.compareTo(since) >= 0)
        .filter(q -> ownFigures.get(q).containsKey(Metric.REVENUE))
        .forEach(filed::add);
    List<QuarterDraft> drafts = new ArrayList<>();
    for (Map.Entry<FiscalQuarter, Filing> e : own.entrySet()) {
      FiscalQuarter q = e.getKey();
      if (since != null && q.compareTo(since) < 0) {
        continue;
      }
      Filing filing = e.getValue();
      Map<Metric, Figure> results = ownFigures.get(q);
      noteFourthQuarterEps(q, filing, results);
      TreeMap<FiscalQuarter, QuarterDraft.Comparative> comparatives = new TreeMap<>();
      for (FiscalQuarter p : touchedBy(filing)) {
        if (p.compareTo(q) >= 0) {
          continue;
        }
        Map<Metric, Figure> asOf = figures(p, filing);
        Map<Metric, Figure> first = ownFigures.getOrDefault(p, Map.of());
        Map<Metric, Figure> revised = new EnumMap<>(Metric.class);
        asOf.forEach((m, fig) -> {
          Figure was = first.get(m);
          if (was != null && !was.sameValue(fig)) {
            revised.put(m, was);
          }
        });
        boolean yearAgoWithoutFile = p.equals(q.yearAgo()) && !filed.contains(p);
        if (!asOf.isEmpty() && (!revised.isEmpty() || yearAgoWithoutFile)) {
          comparatives.put(p, new QuarterDraft.Comparative(asOf, revised));
        }
      }
      drafts.add(new QuarterDraft(q, filing, filing.periodEnd(), results, comparatives));
    }
    noteAmendments(ownFigures);
    return drafts;
  }

  /** A quarter's figures as of a filing. */
  private Map<Metric, Figure> figures(FiscalQuarter q, Filing asOf) {
    Map<Metric, Figure> out = new LinkedHashMap<>();
    timelines.forEach((c, t) -> {
      Figure f = t.quarter(q, asOf, c.additive());
      if (f != null) {
        out.put(c.metric(), f);
      }
    });
    return out;
  }

  private Set<FiscalQuarter> touchedBy(Filing filing) {
    Set<FiscalQuarter> out = new TreeSet<>();
    timelines.values().forEach(t -> out.addAll(t.touchedBy(filing)));
    return out;
  }

  private void noteFourthQuarterEps(FiscalQuarter q, Filing filing, Map<Metric, Figure> results) {
    Timeline eps = timelines.get(Concept.EPS);
    Timeline.Given year = eps.at(new Slot(q, 4), filing);
    if (q.quarter() == 4 && !results.containsKey(Metric.EPS) && year != null) {
      notes.add(q.label() + ": eps left out: the " + filing.form() + " gives diluted EPS for the fiscal year ("
          + year.value().toPlainString() + ") but not for the quarter, and a quarter's EPS is not the year"
          + " less three quarters (share counts change): take it from the results release");
    }
  }

  /**
   * Later filings for a quarter's own period (amendments) that give other figures: a quarter file
   * keeps what was first reported, so they are only noted.
   */
  private void noteAmendments(Map<FiscalQuarter, Map<Metric, Figure>> ownFigures) {
    for (Map.Entry<FiscalQuarter, Filing> e : own.entrySet()) {
      FiscalQuarter q = e.getKey();
      for (Concept c : Concept.values()) {
        Figure first = ownFigures.get(q).get(c.metric());
        Timeline.Given latest = timelines.get(c).at(new Slot(q, 1), last);
        if (first != null && latest != null && latest.filing().after(e.getValue())
            && calendar.quarterEnding(latest.filing().periodEnd()) != null
            && calendar.quarterEnding(latest.filing().periodEnd()).equals(q)
            && latest.value().compareTo(first.value()) != 0) {
          notes.add(q.label() + ": " + c.metric().key() + " " + plain(c, latest.value()) + " in the "
              + latest.filing().cite() + " (an amendment) differs from " + plain(c, first.value())
              + " first reported; the quarter file keeps the first");
        }
      }
    }
  }

  private static String plain(Concept c, BigDecimal v) {
    return c.additive() ? Units.MILLIONS.written(v) + " (millions)" : v.toPlainString();
  }
}
