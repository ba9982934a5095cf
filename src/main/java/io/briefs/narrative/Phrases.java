package io.briefs.narrative;

import io.briefs.metrics.BriefMetrics;
import io.briefs.metrics.Change;
import io.briefs.metrics.Extreme;
import io.briefs.metrics.Fact;
import io.briefs.metrics.FactUnit;
import io.briefs.metrics.GuidanceOutcome;
import io.briefs.metrics.MarketReaction;
import io.briefs.metrics.Measure;
import io.briefs.metrics.OrderBook;
import io.briefs.metrics.Streak;
import io.briefs.metrics.Surprise;
import io.briefs.model.FigurePath;
import io.briefs.model.FiscalQuarter;
import io.briefs.model.RangeForm;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * The sentence patterns every part of a brief uses, so a change is always worded the same way:
 * year over year unless labelled, a sequential change always said to be one, a change across zero
 * told in words and never as a percentage, and a record only with its basis.
 */
public final class Phrases {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

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
   * The form in which figures set side by side read differently: an actual of 9,680 against a
   * range from 9,700 reads "$9.68 billion" against "$9.70 billion", never "$9.7 billion" against
   * "$9.7 billion". Money gains decimals as needed (up to two); other units keep theirs.
   */
  DisplayForm distinct(Fact... facts) {
    Fact any = Arrays.stream(facts).filter(Objects::nonNull).findFirst().orElse(null);
    if (any == null) {
      return DisplayForm.MONEY;
    }
    DisplayForm base = shown(any.unit());
    if (base != DisplayForm.MONEY) {
      return base;
    }
    for (DisplayForm form : List.of(DisplayForm.MONEY, DisplayForm.MONEY_PRECISE, DisplayForm.MONEY_FINE)) {
      Set<String> texts = new HashSet<>();
      Set<BigDecimal> values = new HashSet<>();
      for (Fact f : facts) {
        if (f != null && values.add(f.value().stripTrailingZeros())) {
          texts.add(form.format(f.value(), numbers));
        }
      }
      if (texts.size() == values.size()) {
        return form;
      }
    }
    return DisplayForm.MONEY_FINE;
  }

  /**
   * ", up 120 basis points from a year earlier" for a change the company stated in basis points;
   * nothing when there is none or it rounds to zero ("up 0 basis points" says nothing).
   */
  void basisPoints(Prose.Builder b, Fact bps) {
    if (bps != null && bps.value().setScale(0, RoundingMode.HALF_UP).signum() != 0) {
      b.text(", ");
      upDown(b, bps);
      b.text(" ").num(bps, DisplayForm.BASIS_POINTS).text(" from a year earlier");
    }
  }

  /**
   * "; the operating margin widened to 5.0% from 4.3%" (held, narrowed) against the year-earlier
   * margin; with only the company's stated change: "; its operating margin was 5.0%, up 66 basis
   * points from a year earlier"; with neither, the margin alone. {@code subject} is "the operating
   * margin" or "its operating margin".
   */
  void marginChange(Prose.Builder b, String subject, Fact margin, Fact prior, Fact bps) {
    if (prior == null) {
      b.text("; " + subject + " was ").num(margin, DisplayForm.PERCENT1);
      basisPoints(b, bps);
      return;
    }
    FlatRule rule = new FlatRule.Between(prior, DisplayForm.PERCENT1, numbers);
    Fact change = difference(margin, prior, "yoy_points");
    Direction d = rule.of(change.value());
    if (d == Direction.FLAT) {
      b.text("; " + subject + " ").word(change, d, "held", rule).text(" at ").num(margin, DisplayForm.PERCENT1);
      return;
    }
    b.text("; " + subject + " ").word(change, d, d == Direction.UP ? "widened" : "narrowed", rule)
        .text(" to ").num(margin, DisplayForm.PERCENT1).text(" from ").num(prior, DisplayForm.PERCENT1);
  }

  /**
   * A growth of 100% or more as the multiple it is: +365% is 4.7 times; a reader weighs "4.7
   * times" where "+365%" asks for arithmetic. Null below 100%.
   */
  static Fact multiple(Fact pct) {
    if (pct == null || pct.value().compareTo(HUNDRED) < 0) {
      return null;
    }
    BigDecimal times = pct.value().add(HUNDRED).divide(HUNDRED, MathContext.DECIMAL64);
    return new Fact(pct.id().replace("_pct", "") + "_multiple", times, FactUnit.RATIO,
        "(100 + " + plain(pct.value()) + ") / 100", pct.inputs());
  }

  /** The size of a figure, as "a loss of $45 million" shows it. */
  static Fact size(Fact f) {
    return f.value().signum() >= 0 ? f
        : new Fact(f.id() + ".size", f.value().abs(), f.unit(), "|" + f.id() + "|", f.inputs());
  }

  /**
   * Appends "{name} climbed 12%{since} to $10.3 billion", or "{name} was flat at ...", or a swing
   * across zero, or "{name} was ..." when there is no comparison. {@code since} is " year over
   * year", " from a year earlier" or empty (year over year is the default basis).
   */
  public void change(Prose.Builder b, String name, Measure m, String since) {
    change(b, name, m, since, null);
  }

  /**
   * {@link #change(Prose.Builder, String, Measure, String)}, with an all-time record said before
   * the figure: "jumped 39% to a record $33.4 billion" ({@link #inline}).
   */
  public void change(Prose.Builder b, String name, Measure m, String since, Extreme record) {
    Fact value = m.value();
    String before = record != null && inline(record) ? "a record " : "";
    Change yoy = m.yoy();
    DisplayForm shown = shown(value.unit());
    if (yoy == null) {
      if (m.yearAgo() != null && (m.swung() || m.bothNegative())) {
        swing(b, name, m);
        return;
      }
      if (value.isNegative() && isProfit(m.path())) {
        // a loss says so in words: "Operating income was a loss of $250 million"
        b.text(name + " " + Names.be(name) + " a loss of ").num(size(value), shown);
        return;
      }
      // signed: any other figure below zero with no year-earlier figure reads "-$45 million"
      b.text(name + " " + Names.be(name) + " ").num(value, shown);
      return;
    }
    Style.Wording w = style.verb(yoy.pct().value());
    b.text(name + " ");
    if (w.direction() == Direction.FLAT) {
      b.word(yoy.pct(), Direction.FLAT, w.verb(), style.band()).text(since + " at " + before).num(value, shown);
      return;
    }
    b.word(yoy.pct(), w.direction(), w.verb(), style.band()).text(" ").num(yoy.pct(), DisplayForm.GROWTH)
        .text(since + " to " + before).num(value, shown);
  }

  /**
   * The second half of a sentence that shares its verb with the first: "30% to $2.15" after
   * "Net income jumped 27% to $1.5 billion and diluted EPS"; the verb said once stands for both.
   */
  public void sameChange(Prose.Builder b, Measure m) {
    b.num(m.yoy().pct(), DisplayForm.GROWTH).text(" to ").num(m.value(), shown(m.value().unit()));
  }

  /**
   * {@code now} less {@code then} as a fact of its own, named {@code now}'s id and {@code kind}
   * ("yoy_points" for a percentage's change in points, "yoy_change" for an amount's).
   */
  static Fact difference(Fact now, Fact then, String kind) {
    return new Fact(now.id() + "." + kind, now.value().subtract(then.value()), now.unit(),
        plain(now.value()) + " - " + plain(then.value()), Fact.inputs(now, then));
  }

  /** Whether a figure is a profit, whose negative is a loss: income, earnings per share, gross profit. */
  static boolean isProfit(FigurePath path) {
    if (path instanceof FigurePath.SegmentOperatingIncome) {
      return true;
    }
    return path instanceof FigurePath.Result r && switch (r.metric()) {
      case GROSS_PROFIT, GROSS_PROFIT_NON_GAAP, OPERATING_INCOME, OPERATING_INCOME_NON_GAAP, NET_INCOME, EPS,
          EPS_NON_GAAP -> true;
      default -> false;
    };
  }

  /** Whether a record reads before its figure ("a record $33.4 billion"): all-time, on a basis. */
  public boolean inline(Extreme record) {
    return record.isRecord() && (record.claim() == null || !record.claim().ofQuarter());
  }

  /**
   * A change of 100% or more, told by its levels: "AI server orders rose to a record $12.1 billion
   * from $2.6 billion a year earlier".
   */
  public void level(Prose.Builder b, String name, Measure m, Change yoy, Extreme record) {
    DisplayForm shown = shown(m.value().unit());
    Style.Wording w = style.verb(yoy.pct().value());
    String verb = w.direction() == Direction.UP ? "rose" : "fell";
    b.text(name + " ").word(yoy.pct(), w.direction(), verb, style.band())
        .text(" to " + (record != null && inline(record) ? "a record " : "")).num(m.value(), shown)
        .text(" from ").num(yoy.prior(), shown).text(" a year earlier");
  }

  /**
   * A change across zero, or between losses, in words: "net income swung to a loss of $45 million
   * from a profit of $120 million a year earlier", "the operating loss narrowed to $12 million from
   * $30 million".
   */
  public void swing(Prose.Builder b, String name, Measure m) {
    Fact now = m.value();
    Fact then = m.yearAgo();
    DisplayForm shown = shown(now.unit());
    Fact change = difference(now, then, "yoy_change");
    Direction d = FlatRule.sign(change.value());
    if (m.bothNegative()) {
      boolean narrowed = d == Direction.UP;
      b.text(name + "'s loss ").word(change, d, narrowed ? "narrowed" : "widened", FlatRule.SIGN).text(" to ")
          .num(size(now), shown).text(" from ").num(size(then), shown).text(" a year earlier");
      return;
    }
    boolean toProfit = now.value().signum() > 0;
    b.text(name + " ").word(change, d, "swung", FlatRule.SIGN).text(toProfit ? " to a profit of " : " to a loss of ")
        .num(size(now), shown).text(toProfit ? " from a loss of " : " from a profit of ").num(size(then), shown)
        .text(" a year earlier");
  }

  /**
   * A change against the previous quarter, always said to be one: "the AI server backlog more than
   * doubled from the previous quarter to $43 billion", "... rose 28% from the previous quarter to $18.4 billion".
   */
  public void sequential(Prose.Builder b, String subject, Measure m, Change qoq, Extreme record) {
    DisplayForm shown = shown(m.value().unit());
    String before = record != null && inline(record) ? "a record " : "";
    BigDecimal pct = qoq.pct().value();
    Style.Wording w = style.verb(pct);
    b.text(subject + " ");
    if (pct.compareTo(HUNDRED) >= 0) {
      BigDecimal times = pct.add(HUNDRED).divide(HUNDRED, MathContext.DECIMAL64);
      String multiple = times.compareTo(BigDecimal.valueOf(4)) >= 0 ? "more than quadrupled"
          : times.compareTo(BigDecimal.valueOf(3)) >= 0 ? "more than tripled" : "more than doubled";
      // "in the quarter" could read as a flow within it: the basis is the balance a quarter earlier
      b.word(qoq.pct(), Direction.UP, multiple, style.band()).text(" from the previous quarter to " + before)
          .num(m.value(), shown);
      return;
    }
    if (w.direction() == Direction.FLAT) {
      b.word(qoq.pct(), Direction.FLAT, w.verb(), style.band()).text(" from the previous quarter at " + before)
          .num(m.value(), shown);
      return;
    }
    b.word(qoq.pct(), w.direction(), w.verb(), style.band()).text(" ").num(qoq.pct(), DisplayForm.GROWTH)
        .text(" from the previous quarter to " + before).num(m.value(), shown);
  }

  /** "up" or "down" (or "unchanged") for a signed fact, as a direction word. */
  public void upDown(Prose.Builder b, Fact signed) {
    Direction d = FlatRule.sign(signed.value());
    b.word(signed, d, d == Direction.UP ? "up" : d == Direction.DOWN ? "down" : "unchanged", FlatRule.SIGN);
  }

  /**
   * Appends what makes a figure stand out against its history, on its basis: ", a record" (the
   * company's word or data declared complete), ", a record for a first quarter", ", the highest
   * since Q3 FY2024" (a quarter that was higher);
   * else a run of year-over-year growth: ", a fifth straight quarter of year-over-year growth".
   */
  public void context(Prose.Builder b, Extreme record, Streak streak, BriefMetrics m) {
    if (record != null && (record.isRecord() || isNews(record, m))) {
      String word = record.kind() == Extreme.Side.HIGHEST ? "highest" : "lowest";
      if (record.basis() == Extreme.Basis.COMPANY) {
        b.text(record.claim().ofQuarter() ? ", a record for a " + ordinalQuarter(m.quarter().period()) : ", a record");
      } else if (record.basis() == Extreme.Basis.COMPLETE) {
        b.text(record.kind() == Extreme.Side.HIGHEST ? ", a record" : ", a record low");
      } else if (record.since() != null) {
        b.text(", the " + word + " since " + record.since().displayName());
      }
      return;
    }
    if (streak != null && streak.length() >= style.news().streakQuarters()) {
      // "annual gain" reads as a yearly figure; the run is of quarters, each against a year earlier
      String run = NumberWords.ordinal(streak.length()) + " straight quarter of year-over-year "
          + (streak.growth() ? "growth" : "decline");
      b.text(streak.bounded() ? ", a " + run : ", at least the " + run);
    }
  }

  private static String ordinalQuarter(FiscalQuarter q) {
    return NumberWords.ordinal(q.quarter()) + " quarter";
  }

  /**
   * Whether a high or low is worth saying: a record always; otherwise it reaches far enough back
   * and goes the way the figure moved (a highest after a rise, a lowest after a fall; a seasonal
   * dip is not a "lowest").
   */
  public boolean isNews(Extreme record, BriefMetrics m) {
    if (record == null) {
      return false;
    }
    if (record.isRecord()) {
      return true;
    }
    if (record.basis() == Extreme.Basis.DATA) {
      // above every quarter the data holds, which may not be all there were: "the highest since
      // Q1 FY2025" would read as if Q1 FY2025 had been as high; nothing is said
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

  /**
   * ", more than all of FY2025's AI server shipments ($9.8 billion)": a quarter's orders against a
   * whole year of shipments, said when the orders are the larger.
   */
  public void againstLastYear(Prose.Builder b, Fact orders, OrderBook o, BriefMetrics m) {
    againstLastYear(b, orders, o, m, ", ", "more than");
  }

  /** As {@link #againstLastYear(Prose.Builder, Fact, OrderBook, BriefMetrics)}, with its own linking words. */
  public void againstLastYear(Prose.Builder b, Fact orders, OrderBook o, BriefMetrics m, String lead, String verb) {
    Fact shipments = o.lastYearShipments();
    if (shipments == null || orders.value().compareTo(shipments.value()) <= 0) {
      return;
    }
    Fact excess = new Fact(orders.id() + ".over_" + o.lastYear().label().toLowerCase(Locale.ROOT)
        + "_shipments", orders.value().subtract(shipments.value()), orders.unit(),
        plain(orders.value()) + " - " + plain(shipments.value()), Fact.inputs(orders, shipments));
    String name = Names.midSentence(m.company().kpi(o.shipmentsKpi()).name());
    b.text(lead).word(excess, Direction.UP, verb, FlatRule.SIGN).text(" all of " + o.lastYear().label() + "'s "
        + name + " (").num(shipments, shown(shipments.unit())).text(")");
  }

  /** "$22.5 billion to $23.5 billion" or "$1.65": what was guided, as the range was written. */
  public void guidedRange(Prose.Builder b, GuidanceOutcome o) {
    DisplayForm shown = shown(o.actual().unit());
    // the ends of a range never read alike ("$492 million to $492 million")
    guidedRange(b, o, shown == DisplayForm.MONEY && o.guided().low() != null && o.guided().high() != null
        ? distinct(o.guided().low(), o.guided().high()) : shown);
  }

  /** "$1 billion to $1.2 billion"; a range of 492 to 492 is the point it is: "$492 million". */
  static void bounds(Prose.Builder b, Fact low, Fact high, DisplayForm shown) {
    b.num(low, shown);
    if (low.value().compareTo(high.value()) != 0) {
      b.text(" to ").num(high, shown);
    }
  }

  /** As {@link #guidedRange(Prose.Builder, GuidanceOutcome)}, in {@code shown}. */
  public void guidedRange(Prose.Builder b, GuidanceOutcome o, DisplayForm shown) {
    RangeForm form = o.guided().range().form();
    boolean range = form == RangeForm.BOUNDS || form == RangeForm.MID_PLUS_MINUS || form == RangeForm.MID_PLUS_MINUS_PCT;
    if (range) {
      bounds(b, o.guided().low(), o.guided().high(), shown);
    } else if (o.guided().mid() != null) {
      b.num(o.guided().mid(), shown);
    } else if (o.guided().low() != null) {
      // "below the $15 billion floor Dell guided", never "below the at least $15 billion"
      b.num(o.guided().low(), shown).text(" floor");
    } else {
      b.num(o.guided().high(), shown).text(" ceiling");
    }
  }

  /** "above", "below" or "within", as a direction word on how far outside the range it landed. */
  public void position(Prose.Builder b, GuidanceOutcome o) {
    switch (o.position()) {
      case ABOVE -> b.word(o.excess(), Direction.UP, "above", FlatRule.SIGN);
      case BELOW -> b.word(o.excess(), Direction.DOWN, "below", FlatRule.SIGN);
      case WITHIN -> b.word(o.excess(), Direction.FLAT, switch (o.guided().range().form()) {
        case AT_LEAST -> "at or above";
        case AT_MOST -> "at or below";
        default -> "within";
      }, FlatRule.SIGN);
    }
  }

  /**
   * "beat the consensus estimate of $23.1 billion", after one estimate already named "missed the
   * $1.69 expected", or, shorter, "beat estimates".
   */
  public void againstConsensus(Prose.Builder b, Surprise s, boolean withEstimate, boolean first) {
    againstConsensus(b, s, withEstimate, first, shown(s.actual().unit()));
  }

  /** As {@link #againstConsensus(Prose.Builder, Surprise, boolean, boolean)}, the estimate in {@code shown}. */
  public void againstConsensus(Prose.Builder b, Surprise s, boolean withEstimate, boolean first, DisplayForm shown) {
    int sign = s.surprisePct().value().signum();
    String verb = sign > 0 ? "beat" : sign < 0 ? "missed" : "matched";
    b.word(s.surprisePct(), Direction.of(sign), verb, FlatRule.SIGN);
    if (!withEstimate) {
      b.text(" estimates");
    } else if (first) {
      b.text(" the consensus estimate of ").num(s.estimate(), shown);
    } else {
      b.text(" the ").num(s.estimate(), shown).text(" expected");
    }
  }

  /** "rose 5.4% after hours", "fell 2.1% in the next session". */
  public void shareMove(Prose.Builder b, MarketReaction r, boolean withNumber) {
    Fact move = r.afterHoursChangePct() != null ? r.afterHoursChangePct() : r.nextDayChangePct();
    int sign = move.value().signum();
    b.word(move, Direction.of(sign), sign > 0 ? "rose" : sign < 0 ? "fell" : "were unchanged", FlatRule.SIGN);
    if (withNumber && sign != 0) {
      b.text(" ").num(move, DisplayForm.MOVE);
    }
    b.text(r.afterHoursChangePct() != null ? " after hours" : " in the next session");
  }

  static String plain(BigDecimal v) {
    return v.stripTrailingZeros().toPlainString();
  }
}
