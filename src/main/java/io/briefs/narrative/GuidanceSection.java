package io.briefs.narrative;

import io.briefs.metrics.BriefMetrics;
import io.briefs.metrics.Fact;
import io.briefs.metrics.GuidedFigure;
import io.briefs.metrics.RangeFacts;
import io.briefs.model.FiscalQuarter;
import io.briefs.model.GuidanceStatus;
import io.briefs.model.PeriodRef;
import io.briefs.model.RangeForm;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The outlook: a paragraph per guided period, each figure worded by its status ("reaffirmed its
 * revenue guidance of ...", "raised its non-GAAP EPS guidance to $9.40 from $9.30").
 */
final class GuidanceSection {
  private final Phrases phrases;
  private final Names names;

  GuidanceSection(Phrases phrases, Names names) {
    this.phrases = phrases;
    this.names = names;
  }

  Brief.Section write(BriefMetrics m) {
    Map<PeriodRef, List<GuidedFigure>> byPeriod = new LinkedHashMap<>();
    m.guidance().forEach(g -> byPeriod.computeIfAbsent(g.period(), k -> new ArrayList<>()).add(g));
    List<Prose> paragraphs = new ArrayList<>();
    byPeriod.forEach((period, figures) -> paragraphs.add(period(period, figures)));
    return paragraphs.isEmpty() ? null : Brief.Section.of("guidance", "Outlook", paragraphs);
  }

  /**
   * "For FY2026, Dell reaffirmed its revenue guidance of ... It raised its diluted EPS guidance
   * to $8.38 from $7.85 and its non-GAAP EPS guidance to $9.92 from $9.55."
   */
  private Prose period(PeriodRef period, List<GuidedFigure> figures) {
    Prose.Builder b = phrases.builder();
    b.text("For " + display(period) + ", " + names.company() + " ");
    for (int i = 0; i < figures.size(); i++) {
      GuidedFigure g = figures.get(i);
      boolean joins = i > 0 && isSimple(g) && isSimple(figures.get(i - 1))
          && status(g) == status(figures.get(i - 1));
      if (joins) {
        b.text(" and ");
        clause(b, g, names.of(g.path()), false, false);
      } else {
        if (i > 0) {
          b.text(". It " + (status(g) == GuidanceStatus.INITIATED ? "also " : ""));
        }
        clause(b, g, names.of(g.path()), false, true);
      }
    }
    return b.text(".").build();
  }

  static String display(PeriodRef period) {
    return period instanceof FiscalQuarter q ? q.displayName() : period.label();
  }

  private static GuidanceStatus status(GuidedFigure g) {
    return g.status() == null ? GuidanceStatus.INITIATED : g.status();
  }

  /** Whether the clause reads without commas, so two of them can be joined by "and". */
  private static boolean isSimple(GuidedFigure g) {
    if (g.current() == null) {
      return true;
    }
    RangeForm form = g.current().range().form();
    return g.impliedGrowth() == null && form != RangeForm.BOUNDS && form != RangeForm.MID_PLUS_MINUS
        && form != RangeForm.MID_PLUS_MINUS_PCT;
  }

  /**
   * Appends a figure's clause worded by its status, for the lede ({@code compact}: no midpoint
   * or implied growth) or the outlook section.
   */
  void statusClause(Prose.Builder b, GuidedFigure g, String name, boolean compact) {
    clause(b, g, name, compact, true);
  }

  private void clause(Prose.Builder b, GuidedFigure g, String name, boolean compact, boolean withVerb) {
    GuidanceStatus status = status(g);
    switch (status) {
      case REAFFIRMED -> {
        b.text((withVerb ? "reaffirmed " : "") + "its " + name + " guidance of ");
        range(b, g.current(), !compact);
      }
      case RAISED, LOWERED, NARROWED, WIDENED -> changed(b, g, status, name, withVerb);
      case WITHDRAWN -> b.text((withVerb ? "withdrew " : "") + "its " + name + " guidance");
      default -> {
        b.text((withVerb ? "guided " : "") + name + " of ");
        range(b, g.current(), !compact);
      }
    }
    if (!compact) {
      implied(b, g);
    }
  }

  /** "raised its non-GAAP EPS guidance to $9.40 from $9.30" */
  private void changed(Prose.Builder b, GuidedFigure g, GuidanceStatus status, String name, boolean withVerb) {
    b.text((withVerb ? status.key() + " " : "") + "its " + name + " guidance to ");
    RangeFacts prev = g.previous();
    boolean bothRanges = g.current().range().form() == RangeForm.BOUNDS
        && prev != null && prev.range().form() == RangeForm.BOUNDS;
    if (bothRanges || prev == null) {
      range(b, g.current(), false);
      if (prev != null) {
        b.text(" from ");
        range(b, prev, false);
      }
      return;
    }
    centre(b, g.current());
    b.text(" from ");
    centre(b, prev);
  }

  /**
   * Reads a range as it was written: "$28.5 billion to $29.5 billion", "$2.25 plus or minus
   * $0.10"; with {@code showMid}, a {low, high} range adds ", a midpoint of $29.0 billion".
   */
  void range(Prose.Builder b, RangeFacts r, boolean showMid) {
    DisplayForm shown = Phrases.shown(first(r).unit());
    switch (r.range().form()) {
      case BOUNDS -> b.num(r.low(), shown).text(" to ").num(r.high(), shown);
      case MID_PLUS_MINUS -> b.num(r.mid(), shown).text(" plus or minus ").num(r.plusMinus(), shown);
      case MID_PLUS_MINUS_PCT -> b.num(r.mid(), shown).text(" plus or minus ").num(r.plusMinus(), DisplayForm.PERCENT1);
      case MID -> b.num(r.mid(), shown);
      case AT_LEAST -> b.text("at least ").num(r.low(), shown);
      case AT_MOST -> b.text("at most ").num(r.high(), shown);
    }
    if (showMid && r.range().form() == RangeForm.BOUNDS) {
      b.text(", a midpoint of ").num(r.mid(), shown);
    }
  }

  private void centre(Prose.Builder b, RangeFacts r) {
    DisplayForm shown = Phrases.shown(first(r).unit());
    if (r.mid() != null) {
      b.num(r.mid(), shown);
    } else if (r.low() != null) {
      b.text("at least ").num(r.low(), shown);
    } else {
      b.text("at most ").num(r.high(), shown);
    }
  }

  private static Fact first(RangeFacts r) {
    return r.mid() != null ? r.mid() : r.low() != null ? r.low() : r.high();
  }

  /** ", which would be up 16% from a year earlier" (at the midpoint, unless the midpoint was read). */
  private void implied(Prose.Builder b, GuidedFigure g) {
    Fact growth = g.impliedGrowth();
    if (growth == null) {
      return;
    }
    RangeForm form = g.current() == null ? RangeForm.MID : g.current().range().form();
    boolean midRead = form == RangeForm.MID || (form == RangeForm.BOUNDS && status(g) == GuidanceStatus.INITIATED)
        || (form == RangeForm.BOUNDS && status(g) == GuidanceStatus.REAFFIRMED);
    String since = " from a year earlier" + (midRead ? "" : " at the midpoint");
    Style.Wording w = phrases.style().verb(growth.value());
    b.text(", which would be ");
    FlatRule band = phrases.style().band();
    if (w.direction() == Direction.FLAT) {
      b.word(growth, Direction.FLAT, "flat", band).text(since);
      return;
    }
    b.word(growth, w.direction(), w.direction() == Direction.UP ? "up" : "down", band).text(" ")
        .num(growth, DisplayForm.GROWTH).text(since);
  }
}
