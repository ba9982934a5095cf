package io.briefs.metrics;

import io.briefs.model.FigurePath;
import io.briefs.model.FiscalQuarter;
import io.briefs.model.GuidanceEvent;
import org.jspecify.annotations.Nullable;

/**
 * How a quarter's actual figure compares with the guidance in force for it at its release: the
 * previous release's, or a later guidance event's.
 *
 * @param guidedIn the quarter whose release gave the guidance (for an event, the quarter before)
 * @param excess how far the actual figure is outside the range: positive above, negative below,
 *     zero within
 * @param event the guidance event that gave the guidance, or null when a release gave it
 */
public record GuidanceOutcome(
    FigurePath path, RangeFacts guided, FiscalQuarter guidedIn, Fact actual, Fact excess,
    Position position, @Nullable GuidanceEvent event) {

  /** Where the actual figure landed. */
  public enum Position {
    ABOVE,
    WITHIN,
    BELOW
  }
}
