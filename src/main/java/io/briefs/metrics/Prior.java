package io.briefs.metrics;

import io.briefs.model.Amount;
import io.briefs.model.FiscalQuarter;
import org.jspecify.annotations.Nullable;

/**
 * A figure of an earlier period as one brief sees it.
 *
 * @param superseded the differing value in the earlier quarter's own file, when a release revised
 *     it; otherwise null
 * @param revisedIn the release whose comparatives gave the revised value, when it was revised
 * @param recast whether the figure belongs to a segment the company recast since that period, so
 *     it comes from this release's comparatives (the earlier file is on the old basis)
 */
public record Prior(FiscalQuarter period, Amount amount, boolean fromComparative, @Nullable Amount superseded,
    @Nullable FiscalQuarter revisedIn, boolean recast) {

  /** A figure of a segment that was not recast since. */
  public Prior(FiscalQuarter period, Amount amount, boolean fromComparative, @Nullable Amount superseded,
      @Nullable FiscalQuarter revisedIn) {
    this(period, amount, fromComparative, superseded, revisedIn, false);
  }

  /** Whether a release revised the figure. */
  public boolean isRestated() {
    return superseded != null;
  }
}
