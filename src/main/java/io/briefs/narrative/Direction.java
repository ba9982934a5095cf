package io.briefs.narrative;

/** Which way a figure moved, as a reader must understand it from the words. */
public enum Direction {
  UP,
  FLAT,
  DOWN;

}
