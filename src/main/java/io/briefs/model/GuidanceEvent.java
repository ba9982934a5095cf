package io.briefs.model;

import java.time.LocalDate;
import java.util.List;

/**
 * Guidance a company gave outside its quarterly releases (an investor day), from a file beside
 * the quarter files named after its date: {@code 2025-10-15-investor-day.yaml}. Later briefs
 * compare their guidance with the latest in force at their release, whether it came from a
 * release or from an event.
 *
 * @param title what the event was ("Securities Analyst Meeting")
 * @param file the path of the event file as the user gave it
 * @param dateAt where {@code date} was written
 */
public record GuidanceEvent(
    String companyId,
    LocalDate date,
    String title,
    List<Guidance> guidance,
    List<SourceLink> sources,
    String file,
    SourceLoc dateAt) {

  /** Copies the lists. */
  public GuidanceEvent {
    guidance = List.copyOf(guidance);
    sources = List.copyOf(sources);
  }
}
