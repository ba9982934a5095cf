package io.briefs.metrics;

import io.briefs.model.Company;
import io.briefs.model.FigurePath;
import io.briefs.model.ValueKind;

/** The unit of a figure, from what it measures. */
public final class FactUnits {
  private FactUnits() {}

  /** The unit of the figure at {@code path} in {@code company}'s datasets. */
  public static FactUnit of(Company company, FigurePath path) {
    if (path instanceof FigurePath.Result r) {
      return of(r.metric().kind());
    }
    if (path instanceof FigurePath.KpiValue k) {
      return of(company.kpi(k.kpi()).unit());
    }
    return path.isMargin() ? FactUnit.PERCENT : FactUnit.MONEY;
  }

  /** The unit of a kind of dataset value. */
  public static FactUnit of(ValueKind kind) {
    return switch (kind) {
      case MONEY -> FactUnit.MONEY;
      case PER_SHARE -> FactUnit.PER_SHARE;
      case COUNT -> FactUnit.COUNT;
      case PERCENT -> FactUnit.PERCENT;
    };
  }
}
