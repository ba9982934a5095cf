package io.briefs.model;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** A reporting segment, with its optional revenue lines in display order. */
public record Segment(String id, String name, String shortName, List<SegmentLine> lines) {

  /** Copies the list. */
  public Segment {
    lines = List.copyOf(lines);
  }

  /** The line with the given id, or null. */
  public @Nullable SegmentLine line(String lineId) {
    return lines.stream().filter(l -> l.id().equals(lineId)).findFirst().orElse(null);
  }
}
