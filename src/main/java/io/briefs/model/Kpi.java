package io.briefs.model;

/**
 * A company-specific operating metric declared in {@code company.yaml}.
 *
 * @param mayBeNegative whether a value below zero is possible (net new customers, a net cash
 *     position); otherwise a negative money or count value is an error
 */
public record Kpi(String id, String name, KpiKind kind, ValueKind unit, boolean mayBeNegative) {

  /** Whether a value below zero is refused: money and counts, unless the KPI says it may be negative. */
  public boolean mustNotBeNegative() {
    return !mayBeNegative && (unit == ValueKind.MONEY || unit == ValueKind.COUNT);
  }
}
