package io.briefs.generated;

import java.time.DayOfWeek;
import java.time.Month;
import java.util.List;

/**
 * What a generated company is made of, as choices that shrink toward the plainest company: one
 * quarter, revenue only, no optional block. {@link Materials} turns a plan into figures and
 * {@link DatasetYaml} into files; the plan holds no figure itself, so every plan gives valid data.
 */
final class Plan {
  private Plan() {}

  /** A company and its quarter files, oldest first. */
  record Company(Identity identity, Calendar calendar, Scale scale, List<Segment> segments, List<Kpi> kpis,
      List<Quarter> quarters) {}

  /** Who the company is; shortName, ticker and exchange may be null (not given). */
  record Identity(String id, String name, String shortName, String ticker, String exchange, String currency) {}

  /**
   * The fiscal calendar: the month the year ends in, the first quarter on file, and for a 52/53-week
   * year (weekday not null) the weekday nearest the month end on which each quarter ends.
   */
  record Calendar(Month yearEnd, int firstYear, int firstQuarter, DayOfWeek weekday) {}

  /**
   * How big the company is and how it writes figures: revenue of {@code mantissa} x
   * 10^{@code exponent} / 100, the {@code units} of its files (null: the one that fits), the
   * significant digits of revenue as written, which optional metrics it reports (bits of
   * {@link Materials#OPTIONAL}), its operating margin in percent and its trend growth per quarter.
   */
  record Scale(int exponent, int mantissa, String units, int significant, int metrics, int marginPct,
      int trendPermille) {}

  /** A segment; {@code lines} are the names of its revenue lines. */
  record Segment(String id, String name, String shortName, int weight, List<Line> lines, int marginPct) {}

  /** A revenue line of a segment. */
  record Line(String id, String name, int weight) {}

  /** A KPI: a flow or a stock, in money, count or percent, at a magnitude. */
  record Kpi(String id, String name, boolean stock, String unit, int magnitude) {}

  /** How revenue moves into a quarter. */
  enum Move { STEADY, SAME, BARELY, SWING, ZERO, JUMP }

  /**
   * One quarter file. {@code gapBefore} quarters are missing before it; {@code drop} omits
   * optional metrics (bits of {@link Materials#OPTIONAL}), {@code segmentDrop} segments' figures
   * (two bits a segment: revenue, operating income), {@code stated} gives figures with a stated
   * change (bits of {@link Materials}' figure groups); {@code units} overrides the company's.
   */
  record Quarter(int gapBefore, Move move, int movePermille, int lagDays, int marginShift, int drop,
      int segmentDrop, int stated, String units, Comparatives comparatives, List<Guide> guidance, Extras extras) {}

  /** Which earlier periods the release restates or repeats, and by how much it restates them. */
  record Comparatives(boolean yearAgo, boolean previous, int restatePermille, boolean segments, boolean kpis,
      boolean stated) {}

  /** The period a guidance entry is for, relative to the release. */
  enum Target { NEXT_QUARTER, QUARTER_AFTER, THIS_YEAR, NEXT_YEAR }

  /** The written form of a guided range. */
  enum Form { BOUNDS, MID_PLUS_MINUS, MID_PLUS_MINUS_PCT, MID, AT_LEAST, AT_MOST }

  /** A guidance entry; status null means not given (derived). */
  record Guide(Target target, List<Guided> figures, String status) {}

  /**
   * One guided figure: {@code which} indexes the metrics and then the KPIs, wrapping around; the
   * range is {@code offsetPermille} off the expected value and {@code spreadPermille} wide.
   */
  record Guided(int which, Form form, int offsetPermille, int spreadPermille) {}

  /** The editorial blocks; null or empty means not given. */
  record Extras(Consensus consensus, Market market, List<Analyst> analysts, List<Holder> holders,
      List<Quote> quotes, List<String> risks, Commentary commentary, List<Source> sources) {}

  /** Estimates {@code missPermille} off the actual figures, for the metrics in {@code metrics}. */
  record Consensus(int metrics, int missPermille, String source, boolean stated) {}

  /** Share prices in cents and the after-hours move in hundredths of a percent; null means not given. */
  record Market(Integer previousCents, Integer afterHoursBp, Integer nextCents) {}

  /** A broker's action; target prices in cents, null when not given. */
  record Analyst(String firm, String action, String rating, Integer fromCents, Integer toCents) {}

  /** A change of a holder's position. */
  record Holder(String holder, long shares, boolean exited) {}

  /** A quote; title may be null. */
  record Quote(String speaker, String title, String text) {}

  /** How the editor's commentary is written. */
  enum CommentaryKind { PLAIN, FIGURES, MARKDOWN, UNNAMED_FIGURE }

  /** Commentary of a kind, about a subject (a name). */
  record Commentary(CommentaryKind kind, String subject) {}

  /** An attribution; the address may be a web address or any other text. */
  record Source(String title, String url) {}
}
