package io.briefs.model;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** A company and all its quarters, oldest first. */
public record CompanyData(Company company, List<Quarter> quarters) {

  /** Copies the list. */
  public CompanyData {
    quarters = List.copyOf(quarters);
  }

  /** The quarter file for a period, or null. */
  public @Nullable Quarter quarter(FiscalQuarter period) {
    return quarters.stream().filter(q -> q.period().equals(period)).findFirst().orElse(null);
  }
}
