package io.briefs.chart;

import io.briefs.metrics.Fact;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A named series of a chart: one fact per category, or null where the data has no value (drawn
 * as a gap, never as zero).
 */
public record Series(String name, List<Fact> points) {

  /** Copies the list, which may hold nulls. */
  public Series {
    points = Collections.unmodifiableList(new ArrayList<>(points));
  }
}
