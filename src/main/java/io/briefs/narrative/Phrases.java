package io.briefs.narrative;

import io.briefs.metrics.BriefMetrics;
import io.briefs.metrics.Change;
import io.briefs.metrics.Fact;
import io.briefs.metrics.FactUnit;
import io.briefs.metrics.Measure;
import io.briefs.metrics.Extreme;
import io.briefs.metrics.Streak;
import io.briefs.model.FiscalQuarter;
import java.math.BigDecimal;

/** The sentence patterns every section uses, so a change is always worded the same way. */
public final class Phrases {
  private final Numbers numbers;
  private final Style style;

  /** Phrases formatting money with {@code numbers} and choosing verbs by {@code style}. */
  public Phrases(Numbers numbers, Style style) {
    this.numbers = numbers;
    this.style = style;
  }

  /** A new prose builder. */
  public Prose.Builder builder() {
    return new Prose.Builder(numbers);
  }

  /** The number formats in use. */
  public Numbers numbers() {
    return numbers;
  }

  /** The wording rules in use. */
  public Style style() {
    return style;
  }

  /** How a fact of this unit is shown in running text. */
  public static DisplayForm shown(FactUnit unit) {
    return switch (unit) {
      case MONEY -> DisplayForm.MONEY;
      case PER_SHARE -> DisplayForm.PER_SHARE;
      case PERCENT -> DisplayForm.PERCENT1;
      case BASIS_POINTS -> DisplayForm.BASIS_POINTS;
      case COUNT, SHARES -> DisplayForm.COUNT;
      case RATIO, QUARTERS -> DisplayForm.RATIO;
    };
  }

  /**
   * Appends "{name} climbed 12%{since} to $10.3 billion", or "{name} was flat at ...", or
   * "{name} was ..." when there is no comparison. {@code since} is " year over year", " from a
   * year earlier" or empty.
   */
  public void change(Prose.Builder b, String name, Measure m, String since) {
    Fact value = m.value();
    Change yoy = m.yoy();
    DisplayForm shown = shown(value.unit());
    if (yoy == null) {
      b.text(name + " was ").num(value, shown);
      return;
    }
    if (yoy.prior() != null && !yoy.stated() && swung(value.value(), yoy.prior().value())) {
      Direction d = value.value().signum() > 0 ? Direction.UP : Direction.DOWN;
      b.text(name + " ").word(yoy.pct(), d, "swung", FlatRule.SIGN).text(" to ").num(value, shown)
          .text(" from ").num(yoy.prior(), shown).text(" a year earlier");
      return;
    }
    Style.Wording w = style.verb(yoy.pct().value());
    b.text(name + " ");
    if (w.direction() == Direction.FLAT) {
      b.word(yoy.pct(), Direction.FLAT, w.verb(), style.band()).text(since + " at ").num(value, shown);
      return;
    }
    b.word(yoy.pct(), w.direction(), w.verb(), style.band()).text(" ").num(yoy.pct(), DisplayForm.GROWTH)
        .text(since + " to ").num(value, shown);
  }

  /** Appends ", up 12%" / ", down 3%" / ", flat" for a change, or nothing when it is null. */
  public void trailingChange(Prose.Builder b, Change change, String since) {
    if (change == null) {
      return;
    }
    Style.Wording w = style.verb(change.pct().value());
    switch (w.direction()) {
      case FLAT -> b.text(", ").word(change.pct(), Direction.FLAT, "flat", style.band()).text(since);
      case UP -> b.text(", ").word(change.pct(), Direction.UP, "up", style.band()).text(" ")
          .num(change.pct(), DisplayForm.GROWTH).text(since);
      case DOWN -> b.text(", ").word(change.pct(), Direction.DOWN, "down", style.band()).text(" ")
          .num(change.pct(), DisplayForm.GROWTH).text(since);
    }
  }

  /** "up" or "down" (or "unchanged") for a signed fact, as a direction word. */
  public void upDown(Prose.Builder b, Fact signed) {
    Direction d = FlatRule.sign(signed.value());
    b.word(signed, d, d == Direction.UP ? "up" : d == Direction.DOWN ? "down" : "unchanged", FlatRule.SIGN);
  }

  /**
   * Appends what makes a figure stand out against its history, when the style finds it
   * newsworthy: ", the highest since Q3 FY2022", ", the highest in at least two years",
   * ", above $10 billion for the first time in at least two years", or a run of growth:
   * ", the fifth straight quarter of year-over-year growth".
   */
  public void context(Prose.Builder b, Extreme record, Streak streak, BriefMetrics m) {
    if (isNews(record, m)) {
      String word = record.kind() == Extreme.Side.HIGHEST ? "highest" : "lowest";
      if (record.since() != null) {
        b.text(", the " + word + " since " + record.since().displayName());
      } else if (record.threshold() != null) {
        Fact level = new Fact(record.value().id() + ".threshold", record.threshold(), record.value().unit(),
            "round level first crossed", record.value().inputs());
        b.text(", ").word(level, Direction.UP, "above", FlatRule.SIGN).text(" ").num(level, Phrases.shown(level.unit()))
            .text(" for the first time in at least " + NumberWords.quarters(record.quarters()));
      } else {
        b.text(", the " + word + " in at least " + NumberWords.quarters(record.quarters()));
      }
      return;
    }
    if (streak != null && streak.length() >= style.news().streakQuarters()) {
      Direction d = streak.growth() ? Direction.UP : Direction.DOWN;
      if (streak.bounded()) {
        b.text(", the " + NumberWords.ordinal(streak.length()) + " straight quarter of year-over-year "
            + (streak.growth() ? "growth" : "decline"));
      } else {
        b.text(", ").word(streak.latest(), d, streak.growth() ? "up" : "down", FlatRule.SIGN)
            .text(" from a year earlier in each of the last " + NumberWords.cardinal(streak.length()) + " quarters");
      }
    }
  }

  /**
   * Whether a record is worth saying: it reaches far enough back, and it goes the way the figure
   * moved (a highest after a rise, a lowest after a fall; a seasonal dip is not a "lowest").
   */
  public boolean isNews(Extreme record, BriefMetrics m) {
    if (record == null) {
      return false;
    }
    FiscalQuarter now = m.quarter().period();
    int reach = record.since() == null ? record.quarters() : now.quartersSince(record.since());
    if (reach < style.news().recordSinceQuarters()) {
      return false;
    }
    Measure measure = m.measure(record.path());
    Change change = measure == null ? null : measure.yoy() != null ? measure.yoy() : measure.qoq();
    if (change == null) {
      return record.kind() == Extreme.Side.HIGHEST;
    }
    int sign = change.pct().value().signum();
    return record.kind() == Extreme.Side.HIGHEST ? sign > 0 : sign < 0;
  }

  private static boolean swung(BigDecimal current, BigDecimal prior) {
    return current.signum() * prior.signum() < 0;
  }
}
