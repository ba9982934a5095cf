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
    if (g.growth() != null && g.status() != GuidanceStatus.WITHDRAWN) {
      return false;
    }
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
    if (g.growth() != null && status != GuidanceStatus.WITHDRAWN) {
      growthClause(b, g, status, name, compact, withVerb);
      if (!compact) {
        source(b, g, status);
      }
      return;
    }
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
      source(b, g, status);
    }
  }

  /**
   * Guidance the company gave as growth: "guided revenue growth of 5% to 10% from a year
   * earlier, which would be $32.1 billion to $33.7 billion against $30.6 billion in FY2025";
   * "raised its revenue growth guidance to 7% to 10% from 5% to 10%, which would be ...".
   */
  private void growthClause(Prose.Builder b, GuidedFigure g, GuidanceStatus status, String name, boolean compact,
      boolean withVerb) {
    boolean changed = status == GuidanceStatus.RAISED || status == GuidanceStatus.LOWERED
        || status == GuidanceStatus.NARROWED || status == GuidanceStatus.WIDENED;
    if (changed && g.previousGrowth() != null) {
      b.text((withVerb ? status.key() + " " : "") + "its " + name + " growth guidance to ");
      growthRange(b, g.growth());
      b.text(" from ");
      growthRange(b, g.previousGrowth());
    } else {
      if (changed) {
        b.text((withVerb ? status.key() + " " : "") + "its " + name + " guidance to growth of ");
      } else if (status == GuidanceStatus.REAFFIRMED) {
        b.text((withVerb ? "reaffirmed " : "") + "its guidance of " + name + " growth of ");
      } else {
        b.text((withVerb ? "guided " : "") + name + " growth of ");
      }
      growthRange(b, g.growth());
      b.text(" from a year earlier");
    }
    if (compact) {
      return;
    }
    DisplayForm shown = g.current() == null || g.base() == null ? null : resolvedForm(g);
    if (shown != null) {
      b.text(", which would be ");
      range(b, g.current(), shown);
      b.text(" against ").num(g.base(), shown).text(" in " + yearEarlier(g.period()));
    }
    if (changed && g.previousGrowth() == null && g.previous() != null) {
      b.text("; it had guided ");
      range(b, g.previous(), false);
    }
  }

  /**
   * How amounts resolved from growth are shown: as money usually is, or with one more decimal
   * when two of them would otherwise read the same ("$4.37 billion to $4.45 billion").
   */
  private DisplayForm resolvedForm(GuidedFigure g) {
    DisplayForm usual = Phrases.shown(g.base().unit());
    if (usual != DisplayForm.MONEY) {
      return usual;
    }
    java.util.Set<String> seen = new java.util.HashSet<>();
    int count = 0;
    for (Fact f : new Fact[] {g.current().low(), g.current().mid(), g.current().high(), g.base()}) {
      if (f != null) {
        count++;
        seen.add(usual.format(f.value(), phrases.numbers()));
      }
    }
    return seen.size() < count ? DisplayForm.MONEY_PRECISE : usual;
  }

  /** A growth range as the company stated it: "5% to 10%", "at least 3%", "7% plus or minus 2%". */
  private void growthRange(Prose.Builder b, RangeFacts r) {
    DisplayForm shown = DisplayForm.PERCENT_STATED;
    switch (r.range().form()) {
      case BOUNDS -> b.num(r.low(), shown).text(" to ").num(r.high(), shown);
      case MID_PLUS_MINUS, MID_PLUS_MINUS_PCT -> b.num(r.mid(), shown).text(" plus or minus ").num(r.plusMinus(), shown);
      case MID -> b.num(r.mid(), shown);
      case AT_LEAST -> b.text("at least ").num(r.low(), shown);
      case AT_MOST -> b.text("at most ").num(r.high(), shown);
    }
  }

  private static String yearEarlier(PeriodRef period) {
    return period instanceof FiscalQuarter q ? q.yearAgo().displayName()
        : new io.briefs.model.FiscalYear(((io.briefs.model.FiscalYear) period).year() - 1).label();
  }

  /**
   * " (as given on October 15, 2025, Securities Analyst Meeting)" when the earlier guidance this
   * figure is worded against came from a guidance event rather than a release.
   */
  private static void source(Prose.Builder b, GuidedFigure g, GuidanceStatus status) {
    if (g.previousEvent() == null || status == GuidanceStatus.INITIATED) {
      return;
    }
    b.text(" (" + (status == GuidanceStatus.REAFFIRMED ? "as given" : "last given") + " on "
        + DATE.format(g.previousEvent().date()) + ", " + g.previousEvent().title() + ")");
  }

  /** How dates read in running text, as on the brief's page: "October 15, 2025". */
  static final java.time.format.DateTimeFormatter DATE =
      java.time.format.DateTimeFormatter.ofPattern("MMMM d, yyyy", java.util.Locale.US);

  /** "raised its non-GAAP EPS guidance to $9.40 from $9.30" */
  private void changed(Prose.Builder b, GuidedFigure g, GuidanceStatus status, String name, boolean withVerb) {
    b.text((withVerb ? status.key() + " " : "") + "its " + name + " guidance to ");
    RangeFacts prev = g.previous();
    if (g.previousGrowth() != null) {
      range(b, g.current(), false);
      b.text(" from growth of ");
      growthRange(b, g.previousGrowth());
      b.text(" from a year earlier");
      return;
    }
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
    range(b, r, shown);
    if (showMid && r.range().form() == RangeForm.BOUNDS) {
      b.text(", a midpoint of ").num(r.mid(), shown);
    }
  }

  /** Reads a range as it was written, its amounts in {@code shown}. */
  private void range(Prose.Builder b, RangeFacts r, DisplayForm shown) {
    switch (r.range().form()) {
      case BOUNDS -> b.num(r.low(), shown).text(" to ").num(r.high(), shown);
      case MID_PLUS_MINUS -> b.num(r.mid(), shown).text(" plus or minus ").num(r.plusMinus(), shown);
      case MID_PLUS_MINUS_PCT -> b.num(r.mid(), shown).text(" plus or minus ").num(r.plusMinus(), DisplayForm.PERCENT1);
      case MID -> b.num(r.mid(), shown);
      case AT_LEAST -> b.text("at least ").num(r.low(), shown);
      case AT_MOST -> b.text("at most ").num(r.high(), shown);
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
