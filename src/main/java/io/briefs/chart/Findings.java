package io.briefs.chart;

import io.briefs.metrics.Fact;
import io.briefs.metrics.FactUnit;
import io.briefs.model.FiscalQuarter;
import io.briefs.model.PeriodRef;
import io.briefs.model.SourceLoc;
import io.briefs.narrative.Direction;
import io.briefs.narrative.DisplayForm;
import io.briefs.narrative.FlatRule;
import io.briefs.narrative.Names;
import io.briefs.narrative.Numbers;
import io.briefs.narrative.Prose;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The main finding of a series in words: a run of rises or falls, a high or low, or the change
 * from a year earlier. Deterministic, and every direction word is chosen by the brief's one
 * rule of flatness ({@link FlatRule}): two values that read the same are "little changed",
 * never "rose", and a growth rate within the style's flat band is "unchanged".
 */
final class Findings {
  private static final String[] WORDS = {"zero", "one", "two", "three", "four", "five", "six", "seven",
      "eight", "nine", "ten"};

  /**
   * The verbs for a rise and a fall of a kind of figure, and whether it is a balance (a backlog):
   * only a balance's quarter-to-quarter run is a trend; an amount over a quarter is seasonal, and
   * a run of its sequential falls is no news.
   */
  record Verbs(String up, String down, boolean balance) {
    static final Verbs AMOUNT = new Verbs("rose", "fell", false);
    static final Verbs MARGIN = new Verbs("widened", "narrowed", false);
    static final Verbs BALANCE = new Verbs("rose", "fell", true);

    String of(Direction d) {
      return d == Direction.UP ? up : down;
    }
  }

  private final Numbers numbers;
  private final FlatRule.Band band;

  Findings(Numbers numbers, FlatRule.Band band) {
    this.numbers = numbers;
    this.band = band;
  }

  /** How a fact of a unit is written in a description. */
  static DisplayForm shown(FactUnit unit) {
    return switch (unit) {
      case MONEY -> DisplayForm.MONEY;
      case PER_SHARE -> DisplayForm.PER_SHARE;
      case PERCENT -> DisplayForm.PERCENT1;
      default -> DisplayForm.COUNT;
    };
  }

  /**
   * Appends one sentence about a series ending at its last point.
   *
   * @param name the subject, capitalised: "Revenue", "ISG's operating margin"
   * @param yoy the change from a year earlier in percent at the last point, or null
   */
  void trend(Prose.Builder b, String name, List<Fact> points, List<PeriodRef> periods, Verbs verbs,
      Fact yoy) {
    int last = lastIndex(points);
    Fact v = points.get(last);
    DisplayForm shown = shown(v.unit());
    String when = " in " + periods.get(last).displayName();
    Run run = run(points, last, shown);
    boolean seasonal = periods.get(0) instanceof FiscalQuarter && !verbs.balance();
    if (run.length() >= 2 && !seasonal) {
      // a run ending before the chart's last period names where it ends
      String quarters = count(run.length()) + " " + noun(periods, true);
      String span = last == points.size() - 1 ? " in each of the last " + quarters
          : " in each of the " + quarters + " to " + periods.get(last).displayName();
      b.text(name + " ").word(run.change(), run.direction(), verbs.of(run.direction()), run.rule())
          .text(span + ", to ").num(v, shown);
      yoyClause(b, yoy);
    } else if (extreme(points, last, shown) != 0) {
      int sign = extreme(points, last, shown);
      String of = present(points) == points.size() ? " shown" : " with figures";
      String among = count(present(points)) + " " + noun(periods, true) + of;
      b.text(name + (sign > 0 ? " reached " : " " + Names.be(name) + " ")).num(v, shown)
          .text(when + ", the " + (sign > 0 ? "highest" : "lowest") + " of the " + among);
      yoyClause(b, yoy);
    } else if (yoy != null) {
      yearOnYear(b, name, v, when, verbs, yoy);
    } else {
      compared(b, name, points, periods, last, verbs);
    }
    b.text(".");
  }

  /** "rose 5% from a year earlier to $X in P", or "was $X in P, unchanged from a year earlier". */
  private void yearOnYear(Prose.Builder b, String name, Fact v, String when, Verbs verbs, Fact yoy) {
    DisplayForm shown = shown(v.unit());
    Direction d = band.of(yoy.value());
    if (d == Direction.FLAT) {
      b.text(name + " " + Names.be(name) + " ").num(v, shown).text(when + ", ")
          .word(yoy, d, "unchanged", band).text(" from a year earlier");
    } else {
      b.text(name + " ").word(yoy, d, verbs.of(d), band).text(" ").num(yoy, DisplayForm.GROWTH)
          .text(" from a year earlier to ").num(v, shown).text(when);
    }
  }

  /** "rose to $X in P from $Y a year earlier" against the year-ago or the previous point. */
  private void compared(Prose.Builder b, String name, List<Fact> points, List<PeriodRef> periods, int last,
      Verbs verbs) {
    Fact v = points.get(last);
    DisplayForm shown = shown(v.unit());
    String when = " in " + periods.get(last).displayName();
    int step = periods.get(0) instanceof FiscalQuarter ? 4 : 1;
    int base = last - step >= 0 && points.get(last - step) != null ? last - step : previous(points, last);
    if (base < 0) {
      b.text(name + " " + Names.be(name) + " ").num(v, shown).text(when);
      return;
    }
    Fact y = points.get(base);
    String since = base == last - step ? " a year earlier" : " in " + periods.get(base).displayName();
    FlatRule rule = between(y, shown);
    Direction d = rule.of(change(y, v).value());
    if (d == Direction.FLAT) {
      b.text(name + " " + Names.be(name) + " ").num(v, shown).text(when + ", ")
          .word(change(y, v), d, "little changed", rule).text(" from ").num(y, shown).text(since);
    } else {
      b.text(name + " ").word(change(y, v), d, verbs.of(d), rule).text(" to ").num(v, shown).text(when + " from ")
          .num(y, shown).text(since);
    }
    turned(b, name, points, periods, last, base, d, verbs, shown);
  }

  /**
   * ", though it narrowed from 18.1% in Q4 FY2025": the previous quarter, when the figure moved
   * the other way from it than from a year earlier, so the words never contradict what the chart
   * shows at its last step.
   */
  private void turned(Prose.Builder b, String name, List<Fact> points, List<PeriodRef> periods, int last, int base, Direction d,
      Verbs verbs, DisplayForm shown) {
    int prev = last - 1;
    if (d == Direction.FLAT || prev < 0 || prev == base || points.get(prev) == null) {
      return;
    }
    Fact p = points.get(prev);
    Fact v = points.get(last);
    FlatRule rule = between(p, shown);
    Direction step = rule.of(change(p, v).value());
    if (step == Direction.FLAT || step == d) {
      return;
    }
    b.text(", though " + Names.pronoun(name) + " ").word(change(p, v), step, verbs.of(step), rule).text(" from ").num(p, shown)
        .text(" in " + periods.get(prev).displayName());
  }

  /** ", up 5% from a year earlier". */
  void yoyClause(Prose.Builder b, Fact yoy) {
    if (yoy == null) {
      return;
    }
    Direction d = band.of(yoy.value());
    if (d == Direction.FLAT) {
      b.text(", ").word(yoy, d, "unchanged", band).text(" from a year earlier");
    } else {
      b.text(", ").word(yoy, d, d == Direction.UP ? "up" : "down", band).text(" ").num(yoy, DisplayForm.GROWTH)
          .text(" from a year earlier");
    }
  }

  /** A run of rises or falls ending at {@code last}, the last change of it and its rule. */
  record Run(int length, Direction direction, Fact change, FlatRule rule) {}

  Run run(List<Fact> points, int last, DisplayForm shown) {
    int length = 0;
    Direction direction = null;
    for (int i = last; i > 0; i--) {
      Fact a = points.get(i - 1);
      Fact c = points.get(i);
      if (a == null || c == null) {
        break;
      }
      Direction d = move(a, c, shown);
      if (d == Direction.FLAT || (direction != null && d != direction)) {
        break;
      }
      direction = d;
      length++;
    }
    Fact change = length == 0 ? null : change(points.get(last - 1), points.get(last));
    return new Run(length, direction, change, length == 0 ? null : between(points.get(last - 1), shown));
  }

  /** 1 when the last point is above every other (as displayed), -1 when below, else 0; needs three points. */
  private int extreme(List<Fact> points, int last, DisplayForm shown) {
    if (present(points) < 3) {
      return 0;
    }
    boolean highest = true;
    boolean lowest = true;
    for (int i = 0; i < points.size(); i++) {
      Fact f = points.get(i);
      if (i == last || f == null) {
        continue;
      }
      Direction d = move(f, points.get(last), shown);
      highest &= d == Direction.UP;
      lowest &= d == Direction.DOWN;
    }
    return highest ? 1 : lowest ? -1 : 0;
  }

  /** The direction from {@code a} to {@code b}; flat when they read the same. */
  Direction move(Fact a, Fact b, DisplayForm shown) {
    return between(a, shown).of(b.value().subtract(a.value()));
  }

  /** The rule for a change from {@code a} to a figure shown beside it. */
  FlatRule between(Fact a, DisplayForm shown) {
    return new FlatRule.Between(a, shown, numbers);
  }

  /** The change from {@code a} to {@code b} as a fact, for the direction word that describes it. */
  static Fact change(Fact a, Fact b) {
    List<SourceLoc> inputs = new ArrayList<>(a.inputs());
    inputs.addAll(b.inputs());
    BigDecimal diff = b.value().subtract(a.value());
    return new Fact("change:" + a.id() + "->" + b.id(), diff, a.unit(),
        History.plain(b.value()) + " - " + History.plain(a.value()), inputs);
  }

  static int lastIndex(List<Fact> points) {
    for (int i = points.size() - 1; i >= 0; i--) {
      if (points.get(i) != null) {
        return i;
      }
    }
    throw new IllegalArgumentException("a series without points");
  }

  private static int previous(List<Fact> points, int last) {
    for (int i = last - 1; i >= 0; i--) {
      if (points.get(i) != null) {
        return i;
      }
    }
    return -1;
  }

  static int present(List<Fact> points) {
    return (int) points.stream().filter(p -> p != null).count();
  }

  /** "five" for 5; digits from 11. */
  static String count(int n) {
    return n >= 0 && n < WORDS.length ? WORDS[n] : Integer.toString(n);
  }

  static String noun(List<PeriodRef> periods, boolean plural) {
    String one = periods.get(0) instanceof FiscalQuarter ? "quarter" : "fiscal year";
    return plural ? one + "s" : one;
  }
}
