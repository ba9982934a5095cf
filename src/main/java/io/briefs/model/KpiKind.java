package io.briefs.model;

/** Whether a KPI is an amount over the quarter or a balance at quarter end. */
public enum KpiKind {
  /** An amount over the quarter (orders, shipments): summed into yearly totals. */
  FLOW,
  /** A balance at quarter end (backlog): never summed. */
  STOCK
}
