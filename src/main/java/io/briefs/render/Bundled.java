package io.briefs.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Files bundled in the jar beside the code: the fonts and the colour profile. */
final class Bundled {
  private Bundled() {}

  /** The bytes of a bundled file; a jar without it is broken, not a user's mistake. */
  static byte[] read(String resource) {
    try (InputStream in = Bundled.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("bundled file " + resource + " is missing from the jar");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
