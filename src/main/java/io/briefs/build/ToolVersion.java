package io.briefs.build;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Identifies the code that made an output: a hash of the running jar (its classes, bundled fonts
 * and defaults), so a new version of briefs rebuilds everything. Run from classes (tests,
 * development) it is the fixed word {@code dev}.
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
      if (!Files.isRegularFile(location)) {
        return "dev";
      }
      return "jar-" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(location)));
    } catch (IOException | URISyntaxException | NoSuchAlgorithmException | SecurityException e) {
      return "unknown";
    }
  }
}
