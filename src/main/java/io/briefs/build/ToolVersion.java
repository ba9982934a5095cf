package io.briefs.build;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Identifies the code that made an output: a hash of the running jar's table of contents (the name,
 * size and CRC-32 of each class, bundled font and default), so a new version of briefs rebuilds
 * everything. Run from classes (tests, development) it is the fixed word {@code dev}.
 */
public final class ToolVersion {
  private static final String FINGERPRINT = compute();

  private ToolVersion() {}

  /** The fingerprint of the running code. */
  public static String fingerprint() {
    return FINGERPRINT;
  }

  private static String compute() {
    try {
      Path location = Path.of(ToolVersion.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      return Files.isRegularFile(location) ? ofJar(location) : "dev";
    } catch (IOException | URISyntaxException | SecurityException e) {
      return "unknown";
    }
  }

  /**
   * The fingerprint of a jar: the zip's directory already holds a checksum of every entry, so
   * reading it takes milliseconds, where hashing the whole 5 MB jar took a fifth of a second of
   * every build.
   */
  static String ofJar(Path jar) throws IOException {
    MessageDigest d = sha256();
    try (ZipFile zip = new ZipFile(jar.toFile())) {
      zip.stream().sorted(Comparator.comparing(ZipEntry::getName)).forEach(e -> d.update(
          (e.getName() + "\t" + e.getSize() + "\t" + e.getCrc() + "\n").getBytes(StandardCharsets.UTF_8)));
    }
    return "jar-" + HexFormat.of().formatHex(d.digest());
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
