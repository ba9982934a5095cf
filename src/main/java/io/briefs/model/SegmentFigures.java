package io.briefs.model;

import java.util.Map;

/**
 * One segment's figures for a period; any of them may be null (not disclosed).
 *
 * @param lines line id to amount, in the company's display order
 */
public record SegmentFigures(Amount revenue, Amount operatingIncome, Map<String, Amount> lines) {

  /** Copies the map, keeping its order. */
  public SegmentFigures {
    lines = Maps.ordered(lines);
  }
}
