package io.briefs.model;

import java.time.Month;
import java.util.List;
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
