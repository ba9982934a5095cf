package io.briefs.cli;

import java.time.Instant;
import java.util.Map;

/** Reads {@code SOURCE_DATE_EPOCH}, the reproducible-builds convention for the build date. */
final class SourceDate {
  private SourceDate() {}

  /** The date it gives, or null when unset. */
  static Instant from(Map<String, String> env) {
    String value = env.get("SOURCE_DATE_EPOCH");
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Instant.ofEpochSecond(Long.parseLong(value.trim()));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("SOURCE_DATE_EPOCH must be a number of seconds, got `" + value + "`");
    }
  }
}
