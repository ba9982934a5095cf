package io.briefs.metrics;

/** What a derived number measures, which decides how it is formatted. */
public enum FactUnit {
  /** Plain currency units. */
  MONEY,
  /** Currency per share, or a share price. */
  PER_SHARE,
  /** A percentage (growth, margin, share, surprise). */
  PERCENT,
  /** A difference of percentages in basis points. */
  BASIS_POINTS,
  /** A count of things. */
  COUNT,
  /** A number of shares. */
  SHARES,
  /** A plain ratio such as book-to-bill. */
  RATIO,
  /** A number of quarters (backlog coverage). */
  QUARTERS
}
