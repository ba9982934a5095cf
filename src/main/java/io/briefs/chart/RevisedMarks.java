package io.briefs.chart;

import io.briefs.metrics.Fact;
import io.briefs.metrics.PriorLookup;
import io.briefs.metrics.Restatement;
import io.briefs.model.FiscalQuarter;
import io.briefs.model.SourceLoc;
import io.briefs.narrative.Numbers;
import io.briefs.narrative.Prose;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Marks the quarters a chart shows on a revised basis: a point that rests on a figure a later
 * release revised (directly, or through a margin or share computed from it) gets an asterisk on
 * its quarter ("Q2 FY25*"), and the description says whose revision it is, so a chart never mixes
 * revised and first-reported quarters without saying so.
 */
final class RevisedMarks {
  static final String MARK = "*";

  /** Where each revised figure in force is written, and the release that revised it. */
  private final Map<SourceLoc, FiscalQuarter> revised = new LinkedHashMap<>();
  private final Numbers numbers;

  RevisedMarks(PriorLookup lookup, FiscalQuarter first, Numbers numbers) {
    this.numbers = numbers;
    for (Restatement r : lookup.revisions(first)) {
      revised.put(r.restated().loc(), r.revisedIn());
    }
  }

  /** The chart with its revised quarters marked; the chart itself when none is. */
  ChartSpec mark(ChartSpec spec) {
    if (revised.isEmpty()) {
      return spec;
    }
    List<String> categories = new ArrayList<>(spec.categories());
    Set<FiscalQuarter> by = new LinkedHashSet<>();
    boolean any = false;
    for (int c = 0; c < categories.size(); c++) {
      Set<FiscalQuarter> here = new LinkedHashSet<>();
      for (Series s : spec.series()) {
        Fact p = s.points().get(c);
        if (p != null) {
          p.inputs().stream().map(revised::get).filter(Objects::nonNull).forEach(here::add);
        }
      }
      if (!here.isEmpty()) {
        categories.set(c, categories.get(c) + MARK);
        by.addAll(here);
        any = true;
      }
    }
    if (!any) {
      return spec;
    }
    String whose = by.size() == 1 ? "in the " + by.iterator().next().displayName() + " release"
        : "in later releases";
    Prose description = new Prose.Builder(numbers).append(spec.description())
        .text(" " + MARK + " As revised " + whose + ".").build();
    return new ChartSpec(spec.id(), spec.kind(), spec.title(), description, categories, spec.series(), spec.unit(),
        spec.labels(), spec.highlights());
  }
}
