package io.briefs.narrative;

/** Which way a figure moved, as a reader must understand it from the words. */
public enum Direction {
  UP,
  FLAT,
  DOWN;

  /** The direction a signed change implies, with {@code flatBand} percent counting as flat. */
  public static Direction of(java.math.BigDecimal change, java.math.BigDecimal flatBand) {
    if (change.abs().compareTo(flatBand) <= 0) {
      return FLAT;
    }
    return change.signum() > 0 ? UP : DOWN;
  }
}
