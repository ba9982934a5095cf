package io.briefs.narrative;

import io.briefs.metrics.BriefMetrics;
import io.briefs.metrics.Fact;
import io.briefs.metrics.GuidedFigure;
import io.briefs.metrics.RangeFacts;
import io.briefs.model.FiscalQuarter;
import io.briefs.model.FiscalYear;
import io.briefs.model.GuidanceStatus;
import io.briefs.model.PeriodRef;
import io.briefs.model.RangeForm;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The outlook: a sentence per guided period, its figures grouped by what happened to them
 * ("For FY2026, Dell reaffirmed revenue of $101 billion to $105 billion and raised its non-GAAP
 * EPS guidance to $9.40 from $9.30"). An outlook given as a status alone is stated, not dropped.
 */
final class GuidanceSection {
  private final Phrases phrases;
  private final Names names;

  GuidanceSection(Phrases phrases, Names names) {
    this.phrases = phrases;
    this.names = names;
  }

  Brief.Section write(BriefMetrics m, OutlookItems outlook) {
    List<Prose> paragraphs = new ArrayList<>();
    for (OutlookItems.Verdict v : outlook.verdicts(m)) {
      Prose.Builder b = phrases.builder();
      verdict(b, v, true);
      paragraphs.add(b.build());
    }
    return paragraphs.isEmpty() ? null : Brief.Section.of("guidance", "Outlook", paragraphs);
  }

  /**
   * "For FY2026, Dell reaffirmed revenue of ... and raised its non-GAAP EPS guidance to $9.40 from
   * $9.30." With {@code growth}, each figure's implied change from a year earlier follows it.
   */
  void verdict(Prose.Builder b, OutlookItems.Verdict v, boolean growth) {
    b.text("For " + v.period().displayName() + ", " + names.company() + " ");
    if (v.figures().isEmpty()) {
      b.text(statusVerb(v.status()) + " its outlook without giving figures.");
      return;
    }
    // figures grouped by what happened to them; one guided as growth is a clause of its own
    Map<Object, List<GuidedFigure>> groups = new LinkedHashMap<>();
    v.figures().forEach(g -> groups.computeIfAbsent(asGrowth(g) ? "growth " + status(g) : status(g),
        k -> new ArrayList<>()).add(g));
    int i = 0;
    for (Map.Entry<Object, List<GuidedFigure>> e : groups.entrySet()) {
      if (i > 0) {
        b.text(i == groups.size() - 1 ? " and " : ", ");
      }
      GuidedFigure single = e.getValue().get(0);
      if (asGrowth(single)) {
        // the verb once for the group: "expects revenue growth of ... and diluted EPS growth of ..."
        boolean[] first = {true};
        list(b, e.getValue(), g -> {
          growthClause(b, g, status(g), names.of(g.path()), !growth, first[0]);
          first[0] = false;
          if (growth) {
            source(b, g, status(g));
          }
        });
      } else {
        group(b, status(single), e.getValue(), growth);
      }
      i++;
    }
    b.text(".");
  }

  /** One status and its figures: "expects revenue of X, non-GAAP EPS of Y and AI server shipments of at least Z". */
  private void group(Prose.Builder b, GuidanceStatus status, List<GuidedFigure> figures, boolean growth) {
    switch (status) {
      case INITIATED -> {
        b.text("expects ");
        list(b, figures, g -> {
          b.text(names.of(g.path()) + " of ");
          range(b, g.current(), false);
          if (growth) {
            implied(b, g);
          }
        });
      }
      case REAFFIRMED -> {
        b.text("reaffirmed ");
        list(b, figures, g -> {
          b.text(names.of(g.path()) + " of ");
          range(b, g.current(), false);
          if (growth) {
            implied(b, g);
            source(b, g, status);
          }
        });
      }
      case WITHDRAWN -> {
        b.text("withdrew its ");
        list(b, figures, g -> b.text(names.of(g.path())));
        b.text(" guidance");
      }
      default -> {
        b.text(statusVerb(status) + " its ");
        list(b, figures, g -> changed(b, g, growth));
      }
    }
  }

  private static void list(Prose.Builder b, List<GuidedFigure> figures, Consumer<GuidedFigure> each) {
    for (int i = 0; i < figures.size(); i++) {
      if (i > 0) {
        b.text(i == figures.size() - 1 ? " and " : ", ");
      }
      each.accept(figures.get(i));
    }
  }

  /** "non-GAAP EPS guidance to $9.40 from $9.30" */
  private void changed(Prose.Builder b, GuidedFigure g, boolean growth) {
    b.text(names.of(g.path()) + " guidance to ");
    RangeFacts prev = g.previous();
    if (g.previousGrowth() != null) {
      // guided as growth before, as an amount now
      range(b, g.current(), false);
      b.text(" from growth of ");
      growthRange(b, g.previousGrowth());
      b.text(" from a year earlier");
      if (growth) {
        source(b, g, status(g));
      }
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
    } else {
      centre(b, g.current());
      b.text(" from ");
      centre(b, prev);
    }
    if (growth) {
      implied(b, g);
      source(b, g, status(g));
    }
  }

  /** Whether a figure was guided as growth ({@code growth_pct}) and still is. */
  private static boolean asGrowth(GuidedFigure g) {
    return g.growth() != null && g.status() != GuidanceStatus.WITHDRAWN;
  }

  /**
   * Guidance the company gave as growth: "expects revenue growth of 5% to 10% from a year
   * earlier, which would be $32.1 billion to $33.7 billion against $30.6 billion in FY2025";
   * "raised its revenue growth guidance to 7% to 10% from 5% to 10%, which would be ...".
   */
  private void growthClause(Prose.Builder b, GuidedFigure g, GuidanceStatus status, String name, boolean compact,
      boolean withVerb) {
    boolean changed = status == GuidanceStatus.RAISED || status == GuidanceStatus.LOWERED
        || status == GuidanceStatus.NARROWED || status == GuidanceStatus.WIDENED;
    if (changed && g.previousGrowth() != null) {
      b.text((withVerb ? statusVerb(status) + " " : "") + "its " + name + " growth guidance to ");
      growthRange(b, g.growth());
      b.text(" from ");
      growthRange(b, g.previousGrowth());
    } else {
      if (changed) {
        b.text((withVerb ? statusVerb(status) + " " : "") + "its " + name + " guidance to growth of ");
      } else if (status == GuidanceStatus.REAFFIRMED) {
        b.text((withVerb ? "reaffirmed " : "") + name + " growth of ");
      } else {
        b.text((withVerb ? "expects " : "") + name + " growth of ");
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
   * How amounts resolved from growth are shown: as money usually is, or with more decimals when
   * two of them would otherwise read the same ("$4.37 billion to $4.45 billion").
   */
  private DisplayForm resolvedForm(GuidedFigure g) {
    return phrases.distinct(g.current().low(), g.current().mid(), g.current().high(), g.base());
  }

  /** A growth range as the company stated it: "5% to 10%", "at least 3%", "7% plus or minus 2%". */
  private void growthRange(Prose.Builder b, RangeFacts r) {
    DisplayForm shown = DisplayForm.PERCENT_STATED;
    switch (r.range().form()) {
      case BOUNDS -> Phrases.bounds(b, r.low(), r.high(), shown);
      case MID_PLUS_MINUS, MID_PLUS_MINUS_PCT -> b.num(r.mid(), shown).text(" plus or minus ").num(r.plusMinus(), shown);
      case MID -> b.num(r.mid(), shown);
      case AT_LEAST -> b.text("at least ").num(r.low(), shown);
      case AT_MOST -> b.text("at most ").num(r.high(), shown);
    }
  }

  private static String yearEarlier(PeriodRef period) {
    return period instanceof FiscalQuarter q ? q.yearAgo().displayName()
        : new FiscalYear(((FiscalYear) period).year() - 1).label();
  }

  /**
   * " (last given on October 15, 2025, Securities Analyst Meeting)" when the earlier guidance this
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
  static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.US);

  /** The lede's word on a period's outlook, after the company's name: "raised its FY2026 outlook". */
  void ledeClause(Prose.Builder b, OutlookItems.Verdict v, int detail, Set<String> given) {
    String period = v.period().displayName();
    if (v.newYear() || v.status() == GuidanceStatus.INITIATED && !v.figures().isEmpty()) {
      GuidedFigure lead = v.figures().get(0);
      boolean saidInHeadline = lead.current() != null && lead.current().low() != null
          && given.contains(Phrases.shown(lead.current().low().unit()).format(lead.current().low().value(),
              phrases.numbers()));
      if (detail >= 1 && saidInHeadline && lead.impliedGrowth() != null) {
        // the headline gave the range: the lede says what it means, its growth at the midpoint
        Style.Wording w = phrases.style().verb(lead.impliedGrowth().value());
        b.text("expects " + period + " " + names.of(lead.path()) + " to ")
            .word(lead.impliedGrowth(), w.direction(), w.direction() == Direction.DOWN ? "fall"
                : w.direction() == Direction.UP ? "grow" : "be flat", phrases.style().band());
        if (w.direction() != Direction.FLAT) {
          b.text(" ").num(lead.impliedGrowth(), DisplayForm.GROWTH);
        }
        b.text(lead.current().range().form() == RangeForm.BOUNDS ? " at the midpoint" : "");
      } else if (detail >= 1 && saidInHeadline) {
        b.text("gave its first " + period + " outlook");
      } else if (detail >= 1 && asGrowth(lead)) {
        b.text("expects " + period + " " + names.of(lead.path()) + " growth of ");
        growthRange(b, lead.growth());
      } else if (detail >= 1 && lead.current() != null) {
        b.text("expects " + period + " " + names.of(lead.path()) + " of ");
        range(b, lead.current(), false);
      } else {
        b.text("gave its first " + period + " outlook");
      }
      return;
    }
    // the figures the verdict is about: those raised (cut) when only one was, not those reaffirmed
    List<GuidedFigure> about = v.figures().stream().filter(g -> g.status() == v.status()).toList();
    GuidedFigure only = about.size() == 1 ? about.get(0) : null;
    String what = only == null ? "" : " " + names.of(only.path());
    b.text(statusVerb(v.status()) + " its " + period + what + " outlook");
    boolean moved = v.status() == GuidanceStatus.RAISED || v.status() == GuidanceStatus.LOWERED;
    if (detail >= 1 && only != null && moved && only.current() != null && !asGrowth(only)) {
      b.text(" to ");
      centre(b, only.current());
    }
  }

  private static String statusVerb(GuidanceStatus status) {
    return switch (status) {
      case RAISED -> "raised";
      case LOWERED -> "cut";
      case REAFFIRMED -> "reaffirmed";
      case WITHDRAWN -> "withdrew";
      case NARROWED -> "narrowed";
      case WIDENED -> "widened";
      case INITIATED -> "gave";
    };
  }

  private static GuidanceStatus status(GuidedFigure g) {
    return g.status() == null ? GuidanceStatus.INITIATED : g.status();
  }

  /**
   * Reads a range as it was written: "$28.5 billion to $29.5 billion", "$2.25 plus or minus
   * $0.10"; with {@code showMid}, a {low, high} range adds ", a midpoint of $29.0 billion".
   */
  void range(Prose.Builder b, RangeFacts r, boolean showMid) {
    // the ends of a range never read alike ("$492 million to $492 million")
    DisplayForm shown = r.range().form() == RangeForm.BOUNDS ? phrases.distinct(r.low(), r.high())
        : Phrases.shown(first(r).unit());
    range(b, r, shown);
    if (showMid && r.range().form() == RangeForm.BOUNDS) {
      b.text(", a midpoint of ").num(r.mid(), shown);
    }
  }

  /** Reads a range as it was written, its amounts in {@code shown}. */
  private void range(Prose.Builder b, RangeFacts r, DisplayForm shown) {
    switch (r.range().form()) {
      case BOUNDS -> Phrases.bounds(b, r.low(), r.high(), shown);
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

  /**
   * " (a midpoint of $29.0 billion, up 16% from a year earlier)" for a range, " (up 15% from a
   * year earlier at the midpoint)" for one given as plus or minus, " (up 15% from a year
   * earlier)" for a point.
   */
  void implied(Prose.Builder b, GuidedFigure g) {
    Fact growth = g.impliedGrowth();
    if (growth == null) {
      return;
    }
    RangeForm form = g.current() == null ? RangeForm.MID : g.current().range().form();
    boolean point = form == RangeForm.MID || form == RangeForm.AT_LEAST || form == RangeForm.AT_MOST;
    Style.Wording w = phrases.style().verb(growth.value());
    FlatRule band = phrases.style().band();
    boolean bounds = form == RangeForm.BOUNDS;
    b.text(" (");
    if (bounds) {
      b.text("a midpoint of ").num(g.current().mid(), Phrases.shown(g.current().mid().unit())).text(", ");
    }
    Fact times = Phrases.multiple(growth);
    if (times != null) {
      // up 348% reads as 4.5 times the year-earlier figure
      b.num(times, DisplayForm.RATIO).text(" times the figure a year earlier" + (point || bounds ? "" : " at the midpoint")
          + ")");
      return;
    }
    if (w.direction() == Direction.FLAT) {
      b.word(growth, Direction.FLAT, "flat", band);
    } else {
      b.word(growth, w.direction(), w.direction() == Direction.UP ? "up" : "down", band).text(" ")
          .num(growth, DisplayForm.GROWTH);
    }
    b.text(" from a year earlier" + (point || bounds ? "" : " at the midpoint") + ")");
  }
}
