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
 */
public record Prior(FiscalQuarter period, Amount amount, boolean fromComparative, @Nullable Amount superseded,
    @Nullable FiscalQuarter revisedIn) {

  /** Whether a release revised the figure. */
  public boolean isRestated() {
    return superseded != null;
  }
}
