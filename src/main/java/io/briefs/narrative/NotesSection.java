package io.briefs.narrative;

import io.briefs.metrics.BriefMetrics;
import io.briefs.metrics.Fact;
import io.briefs.metrics.FactUnit;
import io.briefs.metrics.FactUnits;
import io.briefs.metrics.Restatement;
import io.briefs.model.FiscalQuarter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Revisions, said once: which release revised which figures of which quarters, that the brief
 * compares with the revised figures throughout (text, tables and charts), and, for the quarter a
 * year earlier, what each revised figure was first reported as. A revision is never performance.
 */
final class NotesSection {
  private final Phrases phrases;
  private final Names names;

  NotesSection(Phrases phrases, Names names) {
    this.phrases = phrases;
    this.names = names;
  }

  Brief.Section write(BriefMetrics m) {
    if (m.restatements().isEmpty()) {
      return null;
    }
    Map<FiscalQuarter, List<Restatement>> byRelease = new LinkedHashMap<>();
    m.restatements().forEach(r -> byRelease.computeIfAbsent(r.revisedIn(), k -> new ArrayList<>()).add(r));
    Prose.Builder b = phrases.builder();
    byRelease.forEach((release, revisions) -> release(b, m, release, revisions));
    b.text(" This brief compares with the revised figures throughout, in its text, tables and charts.");
    FiscalQuarter yearAgo = m.quarter().period().yearAgo();
    List<Restatement> near = m.restatements().stream().filter(r -> r.period().equals(yearAgo)).toList();
    for (int i = 0; i < near.size(); i++) {
      Restatement r = near.get(i);
      FactUnit unit = FactUnits.of(m.company(), r.path());
      String id = r.path().key() + "." + r.period().slug();
      Fact restated = Fact.reported(id + ".restated", r.restated().value(), unit, r.restated().loc());
      Fact first = Fact.reported(id + ".as_first_reported", r.asFirstReported().value(), unit,
          r.asFirstReported().loc());
      DisplayForm shown = Phrases.shown(unit) == DisplayForm.MONEY ? DisplayForm.MONEY_PRECISE : Phrases.shown(unit);
      b.text(i == 0 ? " For " + yearAgo.displayName() + ", " + names.of(r.path()) + " is " : "; "
          + names.of(r.path()) + " is ").num(restated, shown).text(", first reported as ").num(first, shown);
    }
    if (!near.isEmpty()) {
      b.text(".");
    }
    return Brief.Section.of("notes", "Restatements", List.of(b.build()));
  }

  /** "Dell revised operating income and diluted EPS for Q1 FY2025 to Q3 FY2025 in its Q4 FY2025 release." */
  private void release(Prose.Builder b, BriefMetrics m, FiscalQuarter release, List<Restatement> revisions) {
    Set<String> figures = new LinkedHashSet<>();
    Set<FiscalQuarter> periods = new java.util.TreeSet<>();
    revisions.forEach(r -> {
      figures.add(names.of(r.path()));
      periods.add(r.period());
    });
    String where = release.equals(m.quarter().period()) ? "in this release" : "in its " + release.displayName()
        + " release";
    b.text((b.isEmpty() ? "" : " ") + names.company() + " revised " + join(new ArrayList<>(figures)) + " for "
        + span(periods) + " " + where + ".");
  }

  private static String span(Set<FiscalQuarter> periods) {
    List<FiscalQuarter> list = new ArrayList<>(periods);
    FiscalQuarter first = list.get(0);
    FiscalQuarter last = list.get(list.size() - 1);
    if (first.equals(last)) {
      return first.displayName();
    }
    boolean unbroken = last.quartersSince(first) == list.size() - 1;
    return unbroken ? first.displayName() + " to " + last.displayName()
        : join(list.stream().map(FiscalQuarter::displayName).toList());
  }

  private static String join(List<String> items) {
    if (items.size() == 1) {
      return items.get(0);
    }
    return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
  }
}
