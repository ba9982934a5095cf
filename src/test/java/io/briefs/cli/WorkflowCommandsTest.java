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

/** The CI workflows in {@code .github/workflows} call commands and options that exist. */
class WorkflowCommandsTest {
  private static final Pattern CALL = Pattern.compile("\\./briefs (\\w+)([^\\n]*)");
  private static final Pattern OPTION = Pattern.compile("(--[a-z][a-z-]*)");

  @Test
  void everyBriefsCallInTheWorkflowsUsesRealOptions() throws IOException {
    List<String> calls = new ArrayList<>();
    try (Stream<Path> files = Files.list(Path.of(".github/workflows"))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".yml")).sorted().toList()) {
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
    }
    assertThat(calls).contains("build", "merge", "validate");
  }
}
