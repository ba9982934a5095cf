package io.briefs.metrics;

import io.briefs.model.FigurePath;
import io.briefs.model.FiscalQuarter;

/**
 * How a quarter's actual figure compares with what the previous release guided for it.
 *
 * @param guidedIn the quarter whose release gave the guidance
 * @param excess how far the actual figure is outside the range: positive above, negative below,
 *     zero within
 */
public record GuidanceOutcome(
    FigurePath path, RangeFacts guided, FiscalQuarter guidedIn, Fact actual, Fact excess,
    Position position) {

  /** Where the actual figure landed. */
  public enum Position {
    ABOVE,
    WITHIN,
    BELOW
  }
}
