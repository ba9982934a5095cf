package io.briefs.narrative;

/** Whether a piece of news is good or bad for the company's shareholders, as a reader takes it. */
enum Tone {
  GOOD,
  BAD,
  NEUTRAL;

  /** The tone of a signed move: up is good, down is bad, none is neutral. */
  static Tone of(int sign) {
    return sign > 0 ? GOOD : sign < 0 ? BAD : NEUTRAL;
  }

  /** Whether two tones pull in opposite directions. */
  boolean opposes(Tone other) {
    return this != NEUTRAL && other != NEUTRAL && this != other;
  }
}
