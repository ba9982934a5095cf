package io.briefs.build;

import io.briefs.model.FiscalQuarter;
import io.briefs.model.GuidanceEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * What each output depends on, as hashes of bytes, computed without parsing anything: a brief
 * depends on the settings (tool, templates, options), its company's {@code company.yaml}, its
 * company's guidance event files (any of them may be the guidance in force at its release) and its
 * own and every earlier quarter file (comparisons, records and charts look back, never forward);
 * a company (its page, and whether its data must be read again) depends on all of its files and
 * on the names of everything in its folder.
 *
 * @param settings the hash of the tool, the templates folder and the options
 * @param layout the hash of every file name in the data folder (what validation looks at beyond
 *     the datasets themselves: stray, misnamed or misplaced files)
 * @param briefs brief key ({@code dell/fy2026-q1}) to fingerprint
 * @param companies company id to fingerprint
 */
public record Fingerprints(String settings, String layout, Map<String, String> briefs,
    Map<String, String> companies) {

  /**
   * Fingerprints of every brief and company a data folder holds (by file names; files that are
   * not a company's or a quarter's are left to validation).
   *
   * @param settings the hash of everything else that shapes outputs
   */
  public static Fingerprints of(Path data, String settings) {
    Map<String, String> briefs = new TreeMap<>();
    Map<String, String> companies = new TreeMap<>();
    // companies are hashed side by side: a no-change build of a large archive is mostly this
    List<CompanyPrint> all = list(data).parallelStream().map(dir -> company(dir, settings)).toList();
    for (CompanyPrint c : all) {
      if (c != null) {
        briefs.putAll(c.briefs());
        companies.put(c.id(), c.fingerprint());
      }
    }
    return new Fingerprints(settings, layout(data), briefs, companies);
  }

  /** The ids of the companies in {@code data} (folders with a company.yaml), without reading their data. */
  public static SortedSet<String> companyIds(Path data) {
    SortedSet<String> ids = new TreeSet<>();
    for (Path dir : list(data)) {
      if (Files.isDirectory(dir) && Files.isRegularFile(dir.resolve("company.yaml"))) {
        ids.add(dir.getFileName().toString());
      }
    }
    return ids;
  }

  private record CompanyPrint(String id, String fingerprint, Map<String, String> briefs) {}

  private static CompanyPrint company(Path dir, String settings) {
    Path companyFile = dir.resolve("company.yaml");
    if (!Files.isDirectory(dir) || !Files.isRegularFile(companyFile)) {
      return null;
    }
    String id = dir.getFileName().toString();
    Map<String, String> briefs = new TreeMap<>();
    MessageDigest running = sha256();
    update(running, settings);
    update(running, hash(companyFile));
    // the folder is listed once: its guidance events, its quarter files, then every name in it
    List<Path> entries = list(dir);
    for (Path file : eventFiles(entries)) {
      update(running, file.getFileName().toString());
      update(running, hash(file));
    }
    for (Path file : quarterFiles(entries)) {
      update(running, file.getFileName().toString());
      update(running, hash(file));
      String slug = file.getFileName().toString().replace(".yaml", "");
      briefs.put(id + "/" + slug, hex(clone(running).digest()));
    }
    // and what else the folder holds: a build may skip reading a company whose fingerprint is
    // unchanged, so a stray file or a file turned into a link must change it
    for (Path entry : entries) {
      update(running, entry.getFileName() + (Files.isSymbolicLink(entry) ? "@" : ""));
    }
    return new CompanyPrint(id, hex(running.digest()), briefs);
  }

  /** The names of every file and folder in the data folder, two levels down. */
  private static String layout(Path data) {
    MessageDigest d = sha256();
    if (Files.isDirectory(data)) {
      try (Stream<Path> walk = Files.walk(data, 3)) {
        walk.map(p -> data.relativize(p).toString().replace('\\', '/') + (Files.isDirectory(p) ? "/" : ""))
            .sorted().forEach(name -> update(d, name));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return hex(d.digest());
  }

  /** The settings hash: the tool, every file of the templates folder, and the options given. */
  public static String settings(String tool, Path templates, String options) {
    MessageDigest d = sha256();
    update(d, tool);
    update(d, options);
    if (templates != null && Files.isDirectory(templates)) {
      try (Stream<Path> walk = Files.walk(templates)) {
        for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
          update(d, templates.relativize(p).toString().replace('\\', '/'));
          update(d, hash(p));
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return hex(d.digest());
  }

  /** The hash of a file's bytes, or the empty string for no file (null). */
  public static String hashOrEmpty(Path file) {
    return file == null ? "" : hash(file);
  }

  /** The guidance event files among a company folder's entries ({@code 2025-10-15-investor-day.yaml}), by name. */
  private static List<Path> eventFiles(List<Path> entries) {
    return entries.stream()
        .filter(p -> GuidanceEvent.dateOfFile(p.getFileName().toString()) != null)
        .filter(Files::isRegularFile)
        .toList();
  }

  /** The quarter files among a company folder's entries, oldest period first. */
  private static List<Path> quarterFiles(List<Path> entries) {
    List<Path> out = new ArrayList<>();
    for (Path p : entries) {
      String name = p.getFileName().toString();
      if (name.endsWith(".yaml") && FiscalQuarter.parseSlug(name.substring(0, name.length() - 5)) != null) {
        out.add(p);
      }
    }
    out.sort((a, b) -> FiscalQuarter.parseSlug(slug(a)).compareTo(FiscalQuarter.parseSlug(slug(b))));
    return out;
  }

  private static String slug(Path p) {
    String name = p.getFileName().toString();
    return name.substring(0, name.length() - 5);
  }

  private static List<Path> list(Path dir) {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> !p.getFileName().toString().startsWith(".")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String hash(Path file) {
    try {
      return hex(sha256().digest(Files.readAllBytes(file)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void update(MessageDigest d, String text) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    d.update((byte) (bytes.length >>> 8));
    d.update((byte) bytes.length);
    d.update(bytes);
  }

  private static MessageDigest clone(MessageDigest d) {
    try {
      return (MessageDigest) d.clone();
    } catch (CloneNotSupportedException e) {
      throw new IllegalStateException(e);
    }
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String hex(byte[] bytes) {
    return HexFormat.of().formatHex(bytes);
  }
}
