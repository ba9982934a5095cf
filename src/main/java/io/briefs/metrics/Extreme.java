package io.briefs.metrics;

import io.briefs.model.FigurePath;
import io.briefs.model.FiscalQuarter;
import java.math.BigDecimal;

/**
 * A figure that stands out against its own history in the data.
 *
 * @param kind highest or lowest
 * @param since the latest earlier quarter that was higher (lower); null when none in the data was
 * @param quarters how many consecutive quarters, this one included, the comparison covers
 * @param threshold a round level crossed for the first time in those quarters ("above $10
 *     billion"), or null
 */
public record Extreme(FigurePath path, Fact value, Side kind, FiscalQuarter since, int quarters, BigDecimal threshold) {

  /** Which end of the history the figure reached. */
  public enum Side {
    HIGHEST,
    LOWEST
  }

  /** Whether the figure beats every quarter covered, rather than only those since {@link #since}. */
  public boolean isOfAllCovered() {
    return since == null;
  }
}
