package io.briefs.build;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * What the last build of an output folder made, from what ({@code .briefs-build.json}): for each
 * brief and company page, the fingerprint of its inputs and its files, and what the listings
 * need of a brief without rendering it again.
 */
public record BuildState(int version, String settings, String layout, Map<String, BriefRecord> briefs,
    Map<String, Page> companies) {
  /** The file name, at the root of the output folder. */
  public static final String FILE = ".briefs-build.json";
  private static final int VERSION = 2;
  private static final ObjectMapper JSON = JsonMapper.builder()
      .enable(SerializationFeature.INDENT_OUTPUT)
      .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .build();

  /** A brief's inputs, files and what the listings show of it. */
  public record BriefRecord(String fingerprint, List<String> files, Listing listing) {
    /** Copies the list. */
    public BriefRecord {
      files = List.copyOf(files);
    }
  }

  /**
   * What the home page, the feeds and the sitemap show of a brief, kept so that a build can list
   * it without reading its company's data again.
   *
   * @param reported the release date, ISO
   * @param sparkSvg the revenue sparkline's drawing, or null when there is none
   */
  public record Listing(String company, String shortName, String reported, String title, String headline,
      String description, String sparkSvg, String sparkLabel) {}

  /**
   * A company page's inputs and files, and the warnings its company's data gave (reported again by
   * builds that do not read that data).
   */
  public record Page(String fingerprint, List<String> files, List<Warning> warnings) {
    /** Copies the lists. */
    public Page {
      files = List.copyOf(files);
      warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }
  }

  /** A warning about a data file, as its diagnostic said it; {@code file} is relative to the data folder. */
  public record Warning(String file, int line, int column, String message) {}

  /** Copies the maps, sorted by key so the file is stable. */
  public BuildState {
    briefs = new TreeMap<>(briefs == null ? Map.of() : briefs);
    companies = new TreeMap<>(companies == null ? Map.of() : companies);
  }

  /** A state of this version. */
  public static BuildState of(String settings, String layout, Map<String, BriefRecord> briefs, Map<String, Page> companies) {
    return new BuildState(VERSION, settings, layout, briefs, companies);
  }

  /** The state saved in {@code folder}, or null when there is none this version can use. */
  public static @Nullable BuildState read(Path folder) {
    Path file = folder.resolve(FILE);
    if (!Files.isRegularFile(file)) {
      return null;
    }
    try {
      BuildState s = JSON.readValue(file.toFile(), BuildState.class);
      return s.version() == VERSION && s.settings() != null && s.complete() ? s : null;
    } catch (IOException e) {
      return null; // unreadable state: the build simply makes everything again
    }
  }

  /** Whether every entry has what a build uses of it (a state edited by hand may not). */
  private boolean complete() {
    for (BriefRecord b : briefs.values()) {
      Listing l = b == null ? null : b.listing();
      if (l == null || b.fingerprint() == null || !isDate(l.reported())) {
        return false;
      }
    }
    return companies.values().stream().allMatch(p -> p != null && p.fingerprint() != null);
  }

  private static boolean isDate(String iso) {
    if (iso == null) {
      return false;
    }
    try {
      java.time.LocalDate.parse(iso);
      return true;
    } catch (java.time.format.DateTimeParseException e) {
      return false;
    }
  }

  /** The JSON bytes. */
  public byte[] toJson() {
    try {
      return (JSON.writeValueAsString(this) + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException("build state is plain data", e);
    }
  }
}
