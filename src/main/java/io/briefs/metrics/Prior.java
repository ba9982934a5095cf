package io.briefs.metrics;

import io.briefs.model.Amount;
import io.briefs.model.FiscalQuarter;

/**
 * A figure of an earlier period as one brief sees it.
 *
 * @param superseded the differing value in the earlier quarter's own file, when this release
 *     restated it; otherwise null
 */
public record Prior(FiscalQuarter period, Amount amount, boolean fromComparative, Amount superseded) {

  /** Whether this release restated the figure. */
  public boolean isRestated() {
    return superseded != null;
  }
}
