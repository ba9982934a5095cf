package io.briefs.narrative;

/** Which way a figure moved, as a reader must understand it from the words. */
public enum Direction {
  UP,
  FLAT,
  DOWN;

  /** The direction of a sign: up above zero, down below, flat at zero. */
  static Direction of(int sign) {
    return sign > 0 ? UP : sign < 0 ? DOWN : FLAT;
  }
}
