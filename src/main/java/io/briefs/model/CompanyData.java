package io.briefs.model;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A company, all its quarters (oldest first) and its guidance events (oldest first).
 *
 * @param events guidance given outside releases, by date
 */
public record CompanyData(Company company, List<Quarter> quarters, List<GuidanceEvent> events) {

  /** Copies the lists. */
  public CompanyData {
    quarters = List.copyOf(quarters);
    events = List.copyOf(events);
  }

  /** The quarter file for a period, or null. */
  public @Nullable Quarter quarter(FiscalQuarter period) {
    return quarters.stream().filter(q -> q.period().equals(period)).findFirst().orElse(null);
  }

  /**
   * The data as a brief of {@code period} sees the company: segments named as they were called
   * then. The same object when no segment was renamed.
   */
  public CompanyData asOf(FiscalQuarter period) {
    Company named = company.asOf(period);
    return named == company ? this : new CompanyData(named, quarters, events);
  }
}
