package io.briefs.narrative;

import io.briefs.metrics.BriefMetrics;
import io.briefs.metrics.Fact;
import io.briefs.metrics.FactUnit;
import io.briefs.metrics.FactUnits;
import io.briefs.metrics.Restatement;
import java.util.ArrayList;
import java.util.List;

/**
 * Restatements: a prior figure this release states differently from the earlier file is said
 * to be restated, and comparisons use the restated figure; the difference is never performance.
 */
final class NotesSection {
  private final Phrases phrases;
  private final Names names;

  NotesSection(Phrases phrases, Names names) {
    this.phrases = phrases;
    this.names = names;
  }

  Brief.Section write(BriefMetrics m) {
    List<Prose> paragraphs = new ArrayList<>();
    for (Restatement r : m.restatements()) {
      FactUnit unit = FactUnits.of(m.company(), r.path());
      String id = r.path().key() + "." + r.period().slug();
      Fact restated = Fact.reported(id + ".restated", r.restated().value(), unit, r.restated().loc());
      Fact first = Fact.reported(id + ".as_first_reported", r.asFirstReported().value(), unit,
          r.asFirstReported().loc());
      DisplayForm shown = Phrases.shown(unit) == DisplayForm.MONEY ? DisplayForm.MONEY_PRECISE : Phrases.shown(unit);
      Prose.Builder b = phrases.builder();
      b.text(Names.capitalize(names.of(r.path())) + " for " + r.period().displayName() + " was restated to ")
          .num(restated, shown).text(" from ").num(first, shown)
          .text(" as first reported; comparisons in this brief use the restated figure.");
      paragraphs.add(b.build());
    }
    return paragraphs.isEmpty() ? null : Brief.Section.of("notes", "Restatements", paragraphs);
  }
}
