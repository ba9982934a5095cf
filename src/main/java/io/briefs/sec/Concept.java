package io.briefs.sec;

import io.briefs.model.Metric;
import io.briefs.model.ValueKind;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The figures an import drafts and the us-gaap concepts they are tagged with, most preferred
 * first. Revenue moved between concepts over the years: its concepts are merged by period, a
 * newer filing's value winning whatever its concept; within one filing the first concept listed
 * wins.
 */
enum Concept {
  REVENUE(Metric.REVENUE, "Revenues", "RevenueFromContractWithCustomerExcludingAssessedTax",
      "RevenueFromContractWithCustomerIncludingAssessedTax", "SalesRevenueNet"),
  GROSS_PROFIT(Metric.GROSS_PROFIT, "GrossProfit"),
  OPERATING_INCOME(Metric.OPERATING_INCOME, "OperatingIncomeLoss"),
  NET_INCOME(Metric.NET_INCOME, "NetIncomeLoss"),
  EPS(Metric.EPS, "EarningsPerShareDiluted", "EarningsPerShareBasicAndDiluted"),
  OPERATING_CASH_FLOW(Metric.OPERATING_CASH_FLOW, "NetCashProvidedByUsedInOperatingActivities",
      "NetCashProvidedByUsedInOperatingActivitiesContinuingOperations");

  /** Every concept name an import reads. */
  static final Set<String> NAMES =
      Arrays.stream(values()).flatMap(c -> c.names.stream()).collect(Collectors.toUnmodifiableSet());

  private final Metric metric;
  private final List<String> names;

  Concept(Metric metric, String... names) {
    this.metric = metric;
    this.names = List.of(names);
  }

  Metric metric() {
    return metric;
  }

  List<String> names() {
    return names;
  }

  /** Whether quarters add up to the year: amounts do, per-share figures do not. */
  boolean additive() {
    return metric.kind() == ValueKind.MONEY;
  }

  /** The unit of its facts in a document whose amounts are in {@code currency}. */
  String unit(String currency) {
    return additive() ? currency : currency + "/shares";
  }
}
