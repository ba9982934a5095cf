package io.briefs.model;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One segment's figures for a period; any of them may be null (not disclosed).
 *
 * @param lines line id to amount, in the company's display order
 * @param operatingMargin the segment's operating margin as the company states it, in percent
 */
public record SegmentFigures(
    @Nullable Amount revenue,
    @Nullable Amount operatingIncome,
    Map<String, Amount> lines,
    @Nullable Amount operatingMargin) {

  /** Copies the map, keeping its order. */
  public SegmentFigures {
    lines = Maps.ordered(lines);
  }
}
