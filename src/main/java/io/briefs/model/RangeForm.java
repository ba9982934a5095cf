package io.briefs.model;

/** How a guided range was written, which decides how it is read out. */
public enum RangeForm {
  /** {@code {low, high}} */
  BOUNDS,
  /** {@code {mid, plus_minus}} */
  MID_PLUS_MINUS,
  /** {@code {mid, plus_minus_pct}} */
  MID_PLUS_MINUS_PCT,
  /** {@code {mid}} alone: a point estimate. */
  MID,
  /** {@code {low}} alone: "at least". */
  AT_LEAST,
  /** {@code {high}} alone: "at most". */
  AT_MOST
}
