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

  /** The KPI with the given id, or null. */
  public @Nullable Kpi kpi(String kpiId) {
    return kpis.stream().filter(k -> k.id().equals(kpiId)).findFirst().orElse(null);
  }
}
