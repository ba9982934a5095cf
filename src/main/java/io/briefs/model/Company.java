package io.briefs.model;

import java.time.Month;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Who a company is and how it reports, from {@code company.yaml}.
 *
 * @param shortName the name used in running text and headlines; defaults to {@code name}
 * @param ticker may be null
 * @param exchange may be null
 * @param fiscalYearEnd the month in which the fiscal year ends
 * @param completeFrom the first quarter from which the data folder holds every quarter the company
 *     reported: a figure above all of them since is a record; null when the data makes no such
 *     claim (records are then named by period: "the highest since Q2 FY2024")
 */
public record Company(
    String id,
    String name,
    String shortName,
    String ticker,
    String exchange,
    String currency,
    Month fiscalYearEnd,
    List<Segment> segments,
    List<Kpi> kpis,
    @Nullable CompleteFrom completeFrom,
    SourceLoc loc) {

  /**
   * The rule of company, segment, line and KPI ids: 1 to 40 lower-case letters, digits or hyphens,
   * starting with a letter or a digit. A company id becomes a folder of the site.
   */
  public static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");

  /** Copies the lists. */
  public Company {
    segments = List.copyOf(segments);
    kpis = List.copyOf(kpis);
  }

  /** The segment with the given id, or null. */
  public @Nullable Segment segment(String segmentId) {
    return segments.stream().filter(s -> s.id().equals(segmentId)).findFirst().orElse(null);
  }

  /**
   * The segment a quarter file of {@code period} names by {@code writtenId}: its current id, or
   * the id it had in that period. Null when neither.
   */
  public @Nullable Segment segmentAt(String writtenId, FiscalQuarter period) {
    for (Segment s : segments) {
      if (s.id().equals(writtenId) || period != null && s.idAt(period).equals(writtenId)) {
        return s;
      }
    }
    return null;
  }

  /**
   * The company as a brief of {@code period} names it: each segment under the name it had then.
   * The same object when no segment had another name.
   */
  public Company asOf(FiscalQuarter period) {
    List<Segment> named = segments.stream().map(s -> s.asOf(period)).toList();
    boolean same = true;
    for (int i = 0; i < named.size(); i++) {
      same &= named.get(i) == segments.get(i);
    }
    return same ? this
        : new Company(id, name, shortName, ticker, exchange, currency, fiscalYearEnd, named, kpis, completeFrom, loc);
  }

  /** The KPI with the given id, or null. */
  public @Nullable Kpi kpi(String kpiId) {
    return kpis.stream().filter(k -> k.id().equals(kpiId)).findFirst().orElse(null);
  }
}
