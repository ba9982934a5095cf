package io.briefs.metrics;

import io.briefs.model.Amount;
import io.briefs.model.CompanyData;
import io.briefs.model.FigurePath;
import io.briefs.model.Figures;
import io.briefs.model.FiscalQuarter;
import io.briefs.model.Metric;
import io.briefs.model.Quarter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;
import io.briefs.model.Segment;

/**
 * Finds figures of earlier periods as they stood when one release came out.
 *
 * <p>A figure for a period that any release out on or before the brief's release date revises
 * replaces the earlier figure: the latest such release wins, the brief's own comparatives first.
 * A revision also tells what else in the period's own file is on a basis the company has since
 * abandoned, and those figures are not compared with: comparing a new quarter with figures the
 * company has since revised would report the revision as performance. A revised profit figure
 * (a cost was restated) puts the period's other profit figures on another basis, non-GAAP ones
 * and segment operating income among them, and leaves revenue alone; a revised revenue figure
 * flows into everything. Dell's FY2025 10-K revised operating income, net income and EPS of three
 * quarters and left revenue as reported, so segment revenue stays comparable and non-GAAP EPS
 * (revised too, by releases the data may not hold) does not. KPIs are operating measures an
 * accounting revision does not touch, so they are always taken from the period's own file when no
 * release states them again. Nothing released after the brief is looked at: a brief reads as it
 * would have on its release day.
 *
 * <p>A segment the company recast (its {@code history} in {@code company.yaml}) is on another
 * basis before the recast: its figures of earlier periods come from this release's comparatives
 * only, and a difference from the earlier file is a recast, not a restatement.
 */
public final class PriorLookup {
  private final CompanyData data;
  private final Quarter current;
  private final List<Quarter> revisers;

  /** Lookups as seen from {@code current}. */
  public PriorLookup(CompanyData data, Quarter current) {
    this.data = data;
    this.current = current;
    this.revisers = revisers(data, current);
  }

  /**
   * The releases out on or before {@code current} that state comparatives, latest first: the
   * current release itself, then the others by release date.
   */
  private static List<Quarter> revisers(CompanyData data, Quarter current) {
    List<Quarter> out = new ArrayList<>();
    for (Quarter q : data.quarters()) {
      if (q != current && !q.comparatives().isEmpty() && !q.reported().isAfter(current.reported())
          && q.period().compareTo(current.period()) < 0) {
        out.add(q);
      }
    }
    out.sort(Comparator.comparing(Quarter::reported).thenComparing(Quarter::period).reversed());
    out.add(0, current);
    return out;
  }

  /** The figure for {@code period}, or null when it is not known on a comparable basis. */
  public @Nullable Prior find(FiscalQuarter period, FigurePath path) {
    if (period.equals(current.period())) {
      Amount own = path.in(current.figures());
      return own == null ? null : new Prior(period, own, false, null, null);
    }
    if (isRecast(period, path)) {
      // the old file and earlier releases are on the basis before the recast
      Figures comparative = current.comparative(period);
      Amount stated = comparative == null ? null : path.in(comparative);
      return stated == null ? null : new Prior(period, stated, true, null, null, true);
    }
    Quarter earlier = data.quarter(period);
    Amount fromFile = earlier == null ? null : path.in(earlier.figures());
    for (Quarter release : revisers) {
      Figures comparative = release.comparative(period);
      Amount stated = comparative == null ? null : path.in(comparative);
      if (stated != null) {
        boolean revised = fromFile != null && Decimals.differ(stated, fromFile);
        return new Prior(period, stated, true, revised ? fromFile : null, revised ? release.period() : null);
      }
    }
    if (fromFile == null || onAnotherBasis(period, path)) {
      return null;
    }
    return new Prior(period, fromFile, false, null, null);
  }

  /** What a revision of a figure puts on another basis in the rest of the period's own file. */
  private enum Reach { NOTHING, PROFITS, EVERYTHING }

  private static Reach reach(FigurePath path) {
    if (path instanceof FigurePath.KpiValue) {
      return Reach.NOTHING;
    }
    boolean revenue = path instanceof FigurePath.SegmentRevenue || path instanceof FigurePath.Line
        || path.equals(new FigurePath.Result(Metric.REVENUE));
    return revenue ? Reach.EVERYTHING : Reach.PROFITS;
  }

  /**
   * Whether the own-file figure at {@code path} is on a basis a release out by the brief's date
   * has abandoned: a revision there reaches it.
   */
  private boolean onAnotherBasis(FiscalQuarter period, FigurePath path) {
    Quarter earlier = data.quarter(period);
    Reach needed = reach(path);
    if (earlier == null || needed == Reach.NOTHING) {
      return false;
    }
    for (Quarter release : revisers) {
      Figures comparative = release.comparative(period);
      if (comparative == null) {
        continue;
      }
      for (FigurePath revised : FigureWalk.paths(comparative)) {
        Amount first = revised.in(earlier.figures());
        if (first != null && !isRecast(period, revised) && Decimals.differ(revised.in(comparative), first)
            && reach(revised).compareTo(needed) >= 0) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Every revision in force for the periods from {@code first} to the quarter before the brief's:
   * each figure a release out by the brief's release date states differently from the period's
   * own file, the latest such release winning, in period order.
   */
  public List<Restatement> revisions(FiscalQuarter first) {
    List<Restatement> out = new ArrayList<>();
    for (FiscalQuarter p = first; p.compareTo(current.period()) < 0; p = p.next()) {
      Quarter own = data.quarter(p);
      if (own == null) {
        continue;
      }
      List<FigurePath> seen = new ArrayList<>();
      for (Quarter release : revisers) {
        Figures comparative = release.comparative(p);
        if (comparative == null) {
          continue;
        }
        for (FigurePath path : FigureWalk.paths(comparative)) {
          Amount stated = path.in(comparative);
          Amount original = path.in(own.figures());
          if (!seen.contains(path) && original != null && !isRecast(p, path) && Decimals.differ(stated, original)) {
            out.add(new Restatement(p, path, original, stated, firstToState(p, path, stated).period()));
          }
          seen.add(path);
        }
      }
    }
    return out;
  }

  /** The earliest release (out by the brief's) whose comparatives state a period's figure as {@code value}. */
  private Quarter firstToState(FiscalQuarter period, FigurePath path, Amount value) {
    Quarter first = null;
    for (Quarter release : revisers) {
      Figures comparative = release.comparative(period);
      Amount stated = comparative == null ? null : path.in(comparative);
      if (stated != null && !Decimals.differ(stated, value)) {
        first = release;
      } else if (stated != null) {
        break;
      }
    }
    return first;
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
