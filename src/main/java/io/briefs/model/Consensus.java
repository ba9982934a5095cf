package io.briefs.model;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Analysts' average estimates before the release.
 *
 * @param source who compiled them (LSEG...), or null
 */
public record Consensus(Map<Metric, Amount> estimates, @Nullable String source, SourceLoc loc) {

  /** Copies the map, keeping its order. */
  public Consensus {
    estimates = Maps.ordered(estimates);
  }
}
