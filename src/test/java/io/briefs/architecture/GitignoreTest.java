package io.briefs.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import io.briefs.cli.Run;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every file and folder a build leaves beside the data is ignored by git: after two builds (the
 * second keeps the replaced site as its mirror) nothing but the inputs would show in {@code git
 * status}, and no line of the .gitignore is given twice.
 */
class GitignoreTest {
  @TempDir Path dir;

  @Test
  void whatABuildLeavesIsIgnored() throws IOException {
    List<String> ignore = Files.readAllLines(Path.of(".gitignore"), StandardCharsets.UTF_8).stream()
        .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    assertThat(ignore).doesNotHaveDuplicates();
    Path out = dir.resolve("site");
    for (int i = 0; i < 2; i++) {
      Run run = Run.of("build", "--data", "data", "--templates", "templates", "--out", out.toString(), "--force",
          "--quiet");
      assertThat(run.code()).as(run.err()).isZero();
    }
    try (Stream<Path> left = Files.list(dir)) {
      List<String> names = left.map(p -> p.getFileName() + (Files.isDirectory(p) ? "/" : "")).sorted().toList();
      assertThat(names).as("a second build leaves its mirror beside the site").contains(".site.mirror/");
      for (String name : names) {
        String bare = name.endsWith("/") ? name.substring(0, name.length() - 1) : name;
        boolean ignored = name.equals("site/") ? ignore.contains("/site/*")
            : ignore.contains("/" + name) || ignore.contains("/" + bare) || ignore.contains("/" + bare + "/");
        assertThat(ignored).as("%s is in .gitignore", name).isTrue();
      }
    }
  }
}
