package io.briefs.narrative;

import io.briefs.metrics.BriefMetrics;
import io.briefs.metrics.Fact;
import io.briefs.metrics.FactUnit;
import io.briefs.metrics.FactUnits;
import io.briefs.metrics.Measure;
import io.briefs.metrics.Restatement;
import io.briefs.model.Amount;
import io.briefs.model.FiscalQuarter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

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
    List<Measure> unheld = m.measures().stream()
        .filter(x -> x.yoy() != null && x.yoy().firstReported() != null).toList();
    if (m.restatements().isEmpty() && unheld.isEmpty()) {
      return null;
    }
    Map<FiscalQuarter, List<Restatement>> byRelease = new LinkedHashMap<>();
    m.restatements().forEach(r -> byRelease.computeIfAbsent(r.revisedIn(), k -> new ArrayList<>()).add(r));
    Prose.Builder b = phrases.builder();
    byRelease.forEach((release, revisions) -> release(b, m, release, revisions));
    if (!m.restatements().isEmpty()) {
      b.text(" This brief compares with the revised figures throughout, in its text, tables and charts.");
    }
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
    unheld(b, m, unheld);
    return Brief.Section.of("notes", "Restatements", List.of(b.build()));
  }

  /**
   * "Dell states the changes of non-GAAP EPS and CSG operating income against Q2 FY2025 figures it
   * has since revised; the data holds only those first reported ($1.89 and $767 million), so the
   * brief gives the changes as Dell states them." A reader of the earlier brief would otherwise
   * see a change that does not follow from the figures printed then.
   */
  private void unheld(Prose.Builder b, BriefMetrics m, List<Measure> unheld) {
    if (unheld.isEmpty()) {
      return;
    }
    FiscalQuarter yearAgo = m.quarter().period().yearAgo();
    b.text((b.isEmpty() ? "" : " ") + names.company() + " states the " + (unheld.size() == 1 ? "change" : "changes")
        + " of " + join(unheld.stream().map(x -> names.of(x.path())).toList()) + " against " + yearAgo.displayName()
        + " " + (unheld.size() == 1 ? "a figure" : "figures") + " it has since revised; the data holds only "
        + (unheld.size() == 1 ? "the one" : "those") + " first reported (");
    for (int i = 0; i < unheld.size(); i++) {
      Measure x = unheld.get(i);
      Amount first = x.yoy().firstReported();
      FactUnit unit = x.value().unit();
      Fact f = Fact.reported(x.path().key() + "." + yearAgo.slug() + ".as_first_reported", first.value(), unit,
          first.loc());
      if (i > 0) {
        b.text(i == unheld.size() - 1 ? " and " : ", ");
      }
      b.num(f, Phrases.shown(unit));
    }
    b.text("), so the brief gives " + (unheld.size() == 1 ? "the change" : "the changes") + " as "
        + names.company() + " states " + (unheld.size() == 1 ? "it." : "them."));
  }

  /** "Dell revised operating income and diluted EPS for Q1 FY2025 to Q3 FY2025 in its Q4 FY2025 release." */
  private void release(Prose.Builder b, BriefMetrics m, FiscalQuarter release, List<Restatement> revisions) {
    Set<String> figures = new LinkedHashSet<>();
    Set<FiscalQuarter> periods = new TreeSet<>();
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
