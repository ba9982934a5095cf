package io.briefs.metrics;

import io.briefs.model.Amount;
import io.briefs.model.CompanyData;
import io.briefs.model.FigurePath;
import io.briefs.model.Figures;
import io.briefs.model.FiscalQuarter;
import io.briefs.model.Quarter;
import io.briefs.model.Segment;

/**
 * Finds figures of earlier periods from the point of view of one release.
 *
 * <p>The release's own {@code comparatives} win. When they restate any figure of a period, the
 * earlier file of that period is known to be on another basis, so its other figures are not used
 * for comparisons either: comparing a new quarter with figures the company has since revised
 * would report the revision as performance. KPIs are operating measures an accounting revision
 * does not touch, so they are always taken from the earlier file when the release omits them.
 *
 * <p>A segment the company recast (its {@code history} in {@code company.yaml}) is on another
 * basis before the recast: its figures of earlier periods come from this release's comparatives
 * only, and a difference from the earlier file is a recast, not a restatement.
 */
public final class PriorLookup {
  private final CompanyData data;
  private final Quarter current;

  /** Lookups as seen from {@code current}. */
  public PriorLookup(CompanyData data, Quarter current) {
    this.data = data;
    this.current = current;
  }

  /** The figure for {@code period}, or null when it is not known on a comparable basis. */
  public Prior find(FiscalQuarter period, FigurePath path) {
    if (period.equals(current.period())) {
      Amount own = path.in(current.figures());
      return own == null ? null : new Prior(period, own, false, null);
    }
    Figures comparative = current.comparative(period);
    Quarter earlier = data.quarter(period);
    boolean recast = isRecast(period, path);
    Amount fromFile = earlier == null || recast ? null : path.in(earlier.figures());
    Amount stated = comparative == null ? null : path.in(comparative);
    if (stated != null) {
      boolean restated = fromFile != null && Decimals.differ(stated, fromFile);
      return new Prior(period, stated, true, restated ? fromFile : null, recast);
    }
    boolean accounting = !(path instanceof FigurePath.KpiValue);
    if (fromFile == null || (accounting && isRestated(period))) {
      return null;
    }
    return new Prior(period, fromFile, false, null);
  }

  /**
   * Whether this release restates any figure of {@code period}: its comparatives give a value
   * that differs from the period's own file by more than rounding.
   */
  public boolean isRestated(FiscalQuarter period) {
    Figures comparative = current.comparative(period);
    Quarter earlier = data.quarter(period);
    if (comparative == null || earlier == null) {
      return false;
    }
    return FigureWalk.paths(comparative).stream()
        .anyMatch(path -> {
          Amount stated = path.in(comparative);
          Amount own = path.in(earlier.figures());
          return own != null && !isRecast(period, path) && Decimals.differ(stated, own);
        });
  }

  /** Whether the figure belongs to a segment the company recast between {@code period} and this release. */
  public boolean isRecast(FiscalQuarter period, FigurePath path) {
    String id = path.segmentId();
    Segment segment = id == null ? null : data.company().segment(id);
    return segment != null && segment.recastBetween(period, current.period());
  }

  /** The release the lookups are made from. */
  public Quarter current() {
    return current;
  }

  /** The company's data. */
  public CompanyData data() {
    return data;
  }
}
