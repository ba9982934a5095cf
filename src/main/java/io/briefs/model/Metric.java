package io.briefs.model;

import org.jspecify.annotations.Nullable;

/** The company-wide metrics a quarter file may report, with their names in datasets. */
public enum Metric {
  REVENUE("revenue", "revenue", ValueKind.MONEY),
  GROSS_PROFIT("gross_profit", "gross profit", ValueKind.MONEY),
  GROSS_PROFIT_NON_GAAP("gross_profit_non_gaap", "non-GAAP gross profit", ValueKind.MONEY),
  OPERATING_INCOME("operating_income", "operating income", ValueKind.MONEY),
  OPERATING_INCOME_NON_GAAP(
      "operating_income_non_gaap", "non-GAAP operating income", ValueKind.MONEY),
  NET_INCOME("net_income", "net income", ValueKind.MONEY),
  EPS("eps", "diluted earnings per share", ValueKind.PER_SHARE),
  EPS_NON_GAAP("eps_non_gaap", "non-GAAP diluted earnings per share", ValueKind.PER_SHARE),
  OPERATING_CASH_FLOW("operating_cash_flow", "operating cash flow", ValueKind.MONEY),
  FREE_CASH_FLOW("free_cash_flow", "free cash flow", ValueKind.MONEY);

  private final String key;
  private final String label;
  private final ValueKind kind;

  Metric(String key, String label, ValueKind kind) {
    this.key = key;
    this.label = label;
    this.kind = kind;
  }

  /** The key used in datasets. */
  public String key() {
    return key;
  }

  /** The name used in running text. */
  public String label() {
    return label;
  }

  /** Whether the metric is an amount of money or an amount per share. */
  public ValueKind kind() {
    return kind;
  }

  /** The metric with the given dataset key, or null. */
  public static @Nullable Metric byKey(String key) {
    for (Metric m : values()) {
      if (m.key.equals(key)) {
        return m;
      }
    }
    return null;
  }
}
