package io.briefs.narrative;

/** The kinds of news a quarter can bring; a headline's two clauses are of different kinds. */
enum NewsKind {
  /** The shares moved after the release. */
  SHARE_MOVE,
  /** A result against the analysts' consensus estimate. */
  CONSENSUS,
  /** A result outside the range the company guided a quarter earlier. */
  GUIDED_RANGE,
  /** The outlook: raised, cut, given for the first time, reaffirmed or withdrawn. */
  OUTLOOK,
  /** A figure's change, with its record when it set one. */
  FIGURE,
  /** A figure that crossed zero: a profit became a loss, or a loss a profit. */
  SWING,
  /** The operating margin's change. */
  MARGIN
}
