package io.briefs.model;

/**
 * A company-wide margin as the company states it, in percent of revenue, with the money figure it
 * is a margin of (the stated margin is checked against that figure over revenue when both are
 * given).
 */
public enum Margin {
  GROSS("gross_margin_pct", "gross margin", Metric.GROSS_PROFIT),
  GROSS_NON_GAAP("gross_margin_non_gaap_pct", "non-GAAP gross margin", Metric.GROSS_PROFIT_NON_GAAP),
  OPERATING("operating_margin_pct", "operating margin", Metric.OPERATING_INCOME),
  OPERATING_NON_GAAP(
      "operating_margin_non_gaap_pct", "non-GAAP operating margin", Metric.OPERATING_INCOME_NON_GAAP);

  private final String key;
  private final String label;
  private final Metric of;

  Margin(String key, String label, Metric of) {
    this.key = key;
    this.label = label;
    this.of = of;
  }

  /** The key used in datasets ({@code gross_margin_pct}). */
  public String key() {
    return key;
  }

  /** The name used in running text ("gross margin"). */
  public String label() {
    return label;
  }

  /** The money figure this is a margin of (gross profit for the gross margin). */
  public Metric of() {
    return of;
  }
}
