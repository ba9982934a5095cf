package io.briefs.model;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A reporting segment, with its optional revenue lines in display order and its former forms
 * (oldest first; empty for a segment that never changed).
 */
public record Segment(String id, String name, String shortName, List<SegmentLine> lines, List<SegmentEra> history) {

  /** Copies the lists. */
  public Segment {
    lines = List.copyOf(lines);
    history = List.copyOf(history);
  }

  /** The line with the given id, or null. */
  public @Nullable SegmentLine line(String lineId) {
    return lines.stream().filter(l -> l.id().equals(lineId)).findFirst().orElse(null);
  }

  /** The former form in force in {@code period}, or null when the segment had its current form. */
  public @Nullable SegmentEra eraAt(FiscalQuarter period) {
    for (SegmentEra era : history) {
      if (period.compareTo(era.until()) <= 0) {
        return era;
      }
    }
    return null;
  }

  /** The id the segment had in {@code period}. */
  public String idAt(FiscalQuarter period) {
    SegmentEra era = eraAt(period);
    return era == null ? id : era.id();
  }

  /**
   * Whether the company recast the segment between two quarters: figures of {@code earlier}'s own
   * file are then on another basis than those of {@code later}.
   */
  public boolean recastBetween(FiscalQuarter earlier, FiscalQuarter later) {
    return history.stream().anyMatch(era -> era.recast()
        && earlier.compareTo(era.until()) <= 0 && later.compareTo(era.until()) > 0);
  }

  /** The last quarter before {@code period} whose figures the company recast, or null. */
  public @Nullable SegmentEra recastBefore(FiscalQuarter period) {
    SegmentEra found = null;
    for (SegmentEra era : history) {
      if (era.recast() && era.until().compareTo(period) < 0) {
        found = era;
      }
    }
    return found;
  }

  /** The segment as named in {@code period}: the same object when it had its current names. */
  public Segment asOf(FiscalQuarter period) {
    SegmentEra era = eraAt(period);
    if (era == null || era.name().equals(name) && era.shortName().equals(shortName)) {
      return this;
    }
    return new Segment(id, era.name(), era.shortName(), lines, history);
  }
}
