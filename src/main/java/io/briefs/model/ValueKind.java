package io.briefs.model;

/** What a number in a dataset measures, which decides its scaling and its formatting. */
public enum ValueKind {
  /** An amount of money, written in the file's {@code units} of the company currency. */
  MONEY,
  /** An amount per share or a share price, always in plain currency units. */
  PER_SHARE,
  /** A count of things (units shipped, customers). */
  COUNT,
  /** A percentage. */
  PERCENT
}
