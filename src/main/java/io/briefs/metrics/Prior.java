package io.briefs.metrics;

import io.briefs.model.Amount;
import io.briefs.model.FiscalQuarter;

/**
 * A figure of an earlier period as one brief sees it.
 *
 * @param superseded the differing value in the earlier quarter's own file, when this release
 *     restated it; otherwise null
 * @param recast whether the figure belongs to a segment the company recast since that period, so
 *     it comes from this release's comparatives (the earlier file is on the old basis)
 */
public record Prior(FiscalQuarter period, Amount amount, boolean fromComparative, Amount superseded,
    boolean recast) {

  /** A figure of a segment that was not recast since. */
  public Prior(FiscalQuarter period, Amount amount, boolean fromComparative, Amount superseded) {
    this(period, amount, fromComparative, superseded, false);
  }

  /** Whether this release restated the figure. */
  public boolean isRestated() {
    return superseded != null;
  }
}
