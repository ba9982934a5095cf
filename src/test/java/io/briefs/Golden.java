package io.briefs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden files: output the code produced once, reviewed and checked in under
 * {@code src/test/resources/golden/}. A test compares fresh output with its golden file; run
 * {@code mvn test -Dbriefs.golden.update=true} to write them again, then review the diff.
 */
public final class Golden {
  /** Where golden files live, relative to the project folder (Surefire's working directory). */
  public static final Path DIR = Path.of("src/test/resources/golden");

  private Golden() {}

  /** Whether this run rewrites golden files instead of comparing with them. */
  public static boolean updating() {
    return Boolean.getBoolean("briefs.golden.update");
  }

  /** Asserts that {@code actual} equals the golden file {@code name}, or rewrites it when updating. */
  public static void assertMatches(String name, String actual) {
    Path file = DIR.resolve(name);
    try {
      if (updating()) {
        Files.createDirectories(file.getParent());
        Files.writeString(file, actual, StandardCharsets.UTF_8);
      }
      assertThat(file).as("golden file %s is missing: run with -Dbriefs.golden.update=true", file).exists();
      assertThat(actual).as("output differs from %s (rerun with -Dbriefs.golden.update=true if intended)", file)
          .isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
