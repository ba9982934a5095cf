package io.briefs.build;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
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
  /** 3: the sparkline kept as numbers, not as SVG; every entry checked on reading. */
  private static final int VERSION = 3;
  /** A state file beyond this is not read (5,000 briefs take 8 MB). */
  private static final long MAX_BYTES = 256L * 1024 * 1024;
  private static final ObjectMapper JSON = JsonMapper.builder()
      .enable(SerializationFeature.INDENT_OUTPUT)
      .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
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
   * it without reading its company's data again. Plain values only: the sparkline is kept as its
   * numbers and drawn again when listed, never as markup (a state file may come from elsewhere,
   * like a shard restored from a CI cache, and is checked by {@link StateCheck} before use).
   *
   * @param currency the company's currency code, for the sparkline's words
   * @param reported the release date, ISO
   * @param spark the revenue of the quarters up to the brief, oldest first, as plain decimals (null
   *     where unknown), or null when there is no sparkline
   */
  public record Listing(String company, String shortName, String currency, String reported, String title,
      String headline, String description, @Nullable List<String> spark) {}

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

  /**
   * A state file as read: the state when it can be used; otherwise why not, when it claims to be
   * of this version but is not what a build of this version writes (a file of another version, or
   * none, simply gives nothing).
   */
  public record Loaded(@Nullable BuildState state, @Nullable String problem) {}

  /** Reads and checks the state saved in {@code folder}. */
  public static Loaded load(Path folder) {
    Path file = folder.resolve(FILE);
    try {
      if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
        return new Loaded(null, null);
      }
      if (Files.size(file) > MAX_BYTES) {
        return new Loaded(null, "it is larger than " + MAX_BYTES / (1024 * 1024) + " MiB");
      }
      JsonNode tree = JSON.readTree(file.toFile());
      if (tree == null || !tree.path("version").isInt() || tree.path("version").intValue() != VERSION) {
        return new Loaded(null, null); // another version's state: the build simply makes everything again
      }
      BuildState s = JSON.treeToValue(tree, BuildState.class);
      String problem = StateCheck.problem(s);
      return problem == null ? new Loaded(s, null) : new Loaded(null, problem);
    } catch (UnrecognizedPropertyException e) {
      return new Loaded(null, path(e) + " is not a key a build writes");
    } catch (JsonMappingException e) {
      return new Loaded(null, path(e) + " is not what a build writes there");
    } catch (JsonProcessingException e) {
      return new Loaded(null, e.getLocation() == null ? "it is not JSON" : "it is not JSON (line "
          + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")");
    } catch (IOException e) {
      return new Loaded(null, null); // unreadable state: the build simply makes everything again
    }
  }

  /** Where in the file a value was: {@code briefs."dell/fy2026-q1".listing.spark[2]}. */
  private static String path(JsonMappingException e) {
    StringBuilder out = new StringBuilder();
    for (JsonMappingException.Reference r : e.getPath()) {
      if (r.getFieldName() != null) {
        boolean plain = r.getFieldName().matches("[A-Za-z]+");
        out.append(out.length() == 0 ? "" : ".").append(plain ? r.getFieldName() : "\"" + r.getFieldName() + "\"");
      } else if (r.getIndex() >= 0) {
        out.append('[').append(r.getIndex()).append(']');
      }
    }
    return out.length() == 0 ? "the file" : out.toString();
  }

  /** The JSON bytes. */
  public byte[] toJson() {
    try {
      return (JSON.writeValueAsString(this) + "\n").getBytes(StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException("build state is plain data", e);
    }
  }
}
