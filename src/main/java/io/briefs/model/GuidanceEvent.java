package io.briefs.model;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

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

  /** An event file's name: its date, then a name of lower-case letters, digits and hyphens. */
  private static final Pattern FILE_NAME = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})-([a-z0-9][a-z0-9-]{0,59})\\.yaml");

  /** Copies the lists. */
  public GuidanceEvent {
    guidance = List.copyOf(guidance);
    sources = List.copyOf(sources);
  }

  /**
   * The date an event file's name gives, or null when the name is not an event's: the one rule for
   * the loader, the build's fingerprint of a company folder and the build state's check.
   */
  public static @Nullable LocalDate dateOfFile(String fileName) {
    Matcher m = FILE_NAME.matcher(fileName);
    if (!m.matches()) {
      return null;
    }
    try {
      return LocalDate.parse(m.group(1));
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
