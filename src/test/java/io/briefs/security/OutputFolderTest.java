package io.briefs.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.briefs.TestData;
import io.briefs.cli.Run;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * An output folder that is a file, the data or templates folder, inside them or around them is
 * refused by every command that writes a site, saying which, with exit 1 and nothing touched
 * (issue 18, cases 2 and 3).
 */
class OutputFolderTest {
  @TempDir Path dir;
  Path data;
  Path templates;

  @BeforeEach
  void data() throws IOException {
    data = TestData.in(dir).quarter("FY2025-Q1",
        "period_end: 2025-03-31\nreported: 2025-04-24\nunits: millions\nresults: { revenue: 100 }\n").root();
    templates = dir.resolve("templates");
    io.briefs.cli.Trees.copy(Path.of("templates"), templates);
  }

  private Run run(String command, Path out, String... more) {
    List<String> args = new java.util.ArrayList<>(List.of(command, "--data", data.toString(), "--templates",
        templates.toString(), "--out", out.toString()));
    args.addAll(List.of(more));
    return Run.of(args.toArray(String[]::new));
  }

  @ParameterizedTest
  @ValueSource(strings = {"build", "mail", "serve"})
  void anExistingFileIsRefusedAndKept(String command) throws IOException {
    Path notes = Files.writeString(dir.resolve("notes.txt"), "precious\n");
    Run run = command.equals("serve") ? run(command, notes, "--port", "0") : run(command, notes);
    assertThat(run.code()).as(run.err()).isEqualTo(1);
    assertThat(run.err()).contains(notes + ": error: the output folder " + notes
        + " is an existing file, not a folder");
    assertThat(Files.readString(notes)).isEqualTo("precious\n");
    assertThat(siblings()).containsExactlyInAnyOrder("data", "templates", "notes.txt");
  }

  @Test
  void mergeIntoAFileIsRefused() throws IOException {
    Path notes = Files.writeString(dir.resolve("notes.txt"), "precious\n");
    Run run = run("merge", notes, dir.resolve("shard").toString());
    assertThat(run.code()).isEqualTo(1);
    assertThat(run.err()).contains("is an existing file, not a folder");
    assertThat(Files.readString(notes)).isEqualTo("precious\n");
  }

  @ParameterizedTest
  @ValueSource(strings = {"build", "mail", "merge", "serve"})
  void theDataFolderIsRefusedAndUntouched(String command) throws IOException {
    List<String> before = tree(data);
    Run run = switch (command) {
      case "merge" -> run(command, data, dir.resolve("shard").toString());
      case "serve" -> run(command, data, "--port", "0");
      default -> run(command, data);
    };
    assertThat(run.code()).as(run.err()).isEqualTo(1);
    assertThat(run.err()).contains(data + ": error: the output folder " + data + " is the data folder " + data);
    assertThat(tree(data)).isEqualTo(before);
    assertThat(siblings()).containsExactlyInAnyOrder("data", "templates");
  }

  @Test
  void foldersInsideOrAroundTheInputsAreRefused() throws IOException {
    Run inside = run("build", data.resolve("acme/site"));
    assertThat(inside.code()).isEqualTo(1);
    assertThat(inside.err()).contains("is inside the data folder " + data);
    Run inTemplates = run("build", templates.resolve("site"));
    assertThat(inTemplates.code()).isEqualTo(1);
    assertThat(inTemplates.err()).contains("is inside the templates folder " + templates);
    Run around = run("build", dir);
    assertThat(around.code()).isEqualTo(1);
    assertThat(around.err()).contains("holds the data folder " + data, "holds the templates folder " + templates);
    assertThat(tree(data)).doesNotContain("acme/site");
    assertThat(siblings()).containsExactlyInAnyOrder("data", "templates");
  }

  @Test
  void aLinkToTheDataFolderIsTheDataFolder() throws IOException {
    Path link = Files.createSymbolicLink(dir.resolve("out"), data);
    Run run = run("build", link);
    assertThat(run.code()).isEqualTo(1);
    assertThat(run.err()).contains("is the data folder");
  }

  @Test
  void aNewFolderBesideTheInputsIsFine() {
    Run run = run("build", dir.resolve("site"));
    assertThat(run.code()).as(run.err()).isZero();
  }

  private List<String> siblings() throws IOException {
    try (Stream<Path> list = Files.list(dir)) {
      return list.map(p -> p.getFileName().toString()).toList();
    }
  }

  private static List<String> tree(Path root) throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.map(p -> root.relativize(p).toString()).sorted().toList();
    }
  }
}
