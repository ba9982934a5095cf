package io.briefs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The CI workflows, this repository's ({@code .github/workflows}) and those {@code briefs init}
 * writes into a new project: they call commands and options that exist, pin every action to a
 * commit, validate once per run, and take the number of shards from one place.
 */
class WorkflowCommandsTest {
  private static final Pattern CALL = Pattern.compile("(?:\\./briefs|java -jar briefs\\.jar) (\\w+)([^\\n]*)");
  private static final Pattern OPTION = Pattern.compile("(--[a-z][a-z-]*)");
  private static final Pattern USES = Pattern.compile("uses: ([^\\s#]+)(.*)");
  private static final Pattern PINNED = Pattern.compile("[\\w.-]+/[\\w./-]+@[0-9a-f]{40}");
  private static final Pattern RELEASE = Pattern.compile(" # v\\d+\\.\\d+\\.\\d+");

  private static List<Path> workflows() throws IOException {
    List<Path> all = new ArrayList<>();
    for (Path dir : List.of(Path.of(".github/workflows"), Path.of("src/main/resources/briefs/init/workflows"))) {
      try (Stream<Path> files = Files.list(dir)) {
        files.filter(p -> p.toString().endsWith(".yml")).sorted().forEach(all::add);
      }
    }
    return all;
  }

  @Test
  void everyBriefsCallUsesRealOptions() throws IOException {
    List<String> calls = new ArrayList<>();
    for (Path f : workflows()) {
      Matcher m = CALL.matcher(Files.readString(f));
      while (m.find()) {
        String command = m.group(1);
        String help = Run.of(command, "--help").out();
        assertThat(help).as(f + ": briefs " + command).contains("Usage: briefs " + command);
        Matcher o = OPTION.matcher(m.group(2));
        while (o.find()) {
          assertThat(help).as(f + ": briefs " + command + " " + o.group(1)).contains(o.group(1));
        }
        calls.add(command);
      }
    }
    assertThat(calls).contains("build", "merge", "validate");
  }

  @Test
  void everyActionIsPinnedToACommitNamingItsRelease() throws IOException {
    List<String> loose = new ArrayList<>();
    for (Path f : workflows()) {
      Matcher m = USES.matcher(Files.readString(f));
      while (m.find()) {
        if (!PINNED.matcher(m.group(1)).matches() || !RELEASE.matcher(m.group(2)).lookingAt()) {
          loose.add(f + ": " + m.group().strip());
        }
      }
    }
    assertThat(loose).isEmpty();
  }

  @Test
  void eachRunValidatesOnceAndTheShardsAreSetInOnePlace() throws IOException {
    for (Path f : workflows()) {
      String text = Files.readString(f);
      int validations = text.split("validate --format github", -1).length - 1;
      assertThat(validations).as(f + ": annotations once per run").isLessThanOrEqualTo(1);
    }
    String site = Files.readString(Path.of(".github/workflows/site.yml"));
    assertThat(site).containsOnlyOnce("SHARDS: ").contains("shard: ${{ fromJSON(needs.check.outputs.shards) }}")
        .doesNotContainPattern("shard: \\[\\d");
    String pr = Files.readString(Path.of(".github/workflows/pull-request.yml"));
    assertThat(pr).contains("pull_request:", "validate --format github", "briefs build").doesNotContain("deploy-pages");
  }
}
