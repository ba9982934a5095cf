package io.briefs.metrics;

import io.briefs.model.CompanyData;
import io.briefs.model.FigurePath;
import io.briefs.model.FiscalQuarter;
import io.briefs.model.Quarter;

/**
 * Counts consecutive quarters of year-over-year growth or decline ending with a brief's quarter,
 * each quarter's change taken as its own release stated or implied it.
 */
final class Streaks {
  /** Shorter runs are not news. */
  static final int MIN_LENGTH = 3;

  private Streaks() {}

  static Streak of(CompanyData data, Quarter current, FigurePath path) {
    Measure now = yoy(data, current, path);
    if (now == null || now.yoy().pct().value().signum() == 0) {
      return null;
    }
    int sign = now.yoy().pct().value().signum();
    int length = 1;
    boolean bounded = false;
    for (FiscalQuarter q = current.period().previous(); ; q = q.previous()) {
      Quarter earlier = data.quarter(q);
      Measure m = earlier == null ? null : yoy(data, earlier, path);
      if (m == null) {
        break;
      }
      if (m.yoy().pct().value().signum() != sign) {
        bounded = true;
        break;
      }
      length++;
    }
    return length >= MIN_LENGTH ? new Streak(path, now.yoy().pct(), sign > 0, length, bounded) : null;
  }

  private static Measure yoy(CompanyData data, Quarter quarter, FigurePath path) {
    Measure m = new Measures(new PriorLookup(data, quarter)).of(path, FactUnits.of(data.company(), path));
    return m == null || m.yoy() == null ? null : m;
  }
}
