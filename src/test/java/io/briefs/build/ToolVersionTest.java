package io.briefs.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The tool's fingerprint follows the jar's contents, whatever its timestamps. */
class ToolVersionTest {
  @TempDir Path dir;

  private Path jar(String name, long time, String... entries) throws IOException {
    Path jar = dir.resolve(name);
    try (OutputStream out = Files.newOutputStream(jar); ZipOutputStream zip = new ZipOutputStream(out)) {
      for (int i = 0; i < entries.length; i += 2) {
        ZipEntry e = new ZipEntry(entries[i]);
        e.setLastModifiedTime(FileTime.fromMillis(time));
        zip.putNextEntry(e);
        zip.write(entries[i + 1].getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
    }
    return jar;
  }

  @Test
  void sameContentsGiveTheSameFingerprintAndAnyChangedByteAnother() throws IOException {
    String a = ToolVersion.ofJar(jar("a.jar", 0, "A.class", "one", "fonts/x.ttf", "glyphs"));
    String rebuilt = ToolVersion.ofJar(jar("b.jar", 86_400_000, "A.class", "one", "fonts/x.ttf", "glyphs"));
    String reordered = ToolVersion.ofJar(jar("c.jar", 0, "fonts/x.ttf", "glyphs", "A.class", "one"));
    String changed = ToolVersion.ofJar(jar("d.jar", 0, "A.class", "onf", "fonts/x.ttf", "glyphs"));
    String added = ToolVersion.ofJar(jar("e.jar", 0, "A.class", "one", "fonts/x.ttf", "glyphs", "B.class", ""));

    assertThat(a).startsWith("jar-").isEqualTo(rebuilt).isEqualTo(reordered);
    assertThat(changed).isNotEqualTo(a);
    assertThat(added).isNotEqualTo(a).isNotEqualTo(changed);
  }

  @Test
  void runFromClassesTheFingerprintIsTheWordDev() {
    assertThat(ToolVersion.fingerprint()).isEqualTo("dev");
  }
}
