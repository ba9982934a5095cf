package io.briefs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The product never points outside the repository: the notes and specifications the project
 * started from live beside it ({@code ../shared}), are not shipped, and no file a user reads or
 * the tool is built from may send them there. The users' reference of the dataset format is
 * {@code docs/data-format.md}.
 */
class SelfContainedTest {
  /** What users read and what the tool is made of. */
  private static final List<Path> PRODUCT = List.of(
      Path.of("README.md"), Path.of("docs"), Path.of("data"), Path.of("templates"), Path.of("src/main"),
      Path.of("schema"));
  private static final String OUTSIDE = "../shared";

  @Test
  void noProductFilePointsOutsideTheRepository() throws IOException {
    List<String> found = new ArrayList<>();
    for (Path root : PRODUCT) {
      assertThat(root).as("a part of the product").exists();
      try (Stream<Path> files = Files.walk(root)) {
        for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
          // bytes, not text: fonts and images are searched too, and a path is ASCII in any encoding
          String text = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
          String[] lines = text.split("\n", -1);
          for (int i = 0; i < lines.length; i++) {
            if (lines[i].replace('\\', '/').contains(OUTSIDE)) {
              found.add(file + ":" + (i + 1) + ": " + lines[i].strip());
            }
          }
        }
      }
    }
    assertThat(found).as("files of the product that point at " + OUTSIDE
        + " (outside the repository; link docs/data-format.md or the file's own sources instead)").isEmpty();
  }
}
