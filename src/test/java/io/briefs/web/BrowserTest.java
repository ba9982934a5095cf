package io.briefs.web;

import io.briefs.pipeline.BuildResult;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.briefs.pipeline.BuildOptions;
import io.briefs.pipeline.Pipeline;
import io.briefs.diag.Diagnostic;
import io.briefs.serve.DevServer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The site in a real browser: {@code briefs serve} runs in-process on a free port and
 * {@code browser-test/check.mjs} (Chromium through playwright-core, axe-core) loads every page
 * type at 1280 and 360 px, light and dark, and follows every internal link; then {@code
 * browser-test/reload.mjs} keeps a brief open while its quarter file is edited, and the page
 * reloads itself with the new figure.
 *
 * <p>Needs {@code node}, Chromium ({@code /usr/bin/chromium} or {@code BRIEFS_CHROMIUM}) and the
 * node modules ({@code npm ci} in {@code browser-test/}); {@code .ci/run} installs them and sets
 * {@code BRIEFS_BROWSER_TEST=required}, under which a missing piece fails the test. Elsewhere it
 * is skipped with a message saying what is missing.
 */
class BrowserTest {
  private static final Path DIR = Path.of("browser-test");

  @TempDir Path dir;

  @Test
  void everyPageTypePassesInChromium() throws Exception {
    List<String> missing = missing();
    if (!missing.isEmpty()) {
      String message = "browser test needs " + String.join(", ", missing);
      if ("required".equals(System.getenv("BRIEFS_BROWSER_TEST"))) {
        fail(message + " (BRIEFS_BROWSER_TEST=required: .ci/run installs them)");
      }
      Assumptions.abort(message + "; skipped (run .ci/run, or `npm ci` in browser-test/ with Chromium installed)");
    }
    // a copy of the sample data: the reload check edits a quarter file
    io.briefs.cli.Trees.copy(Path.of("data"), dir.resolve("data"));
    BuildOptions options = new BuildOptions(dir.resolve("data"), Path.of("templates"), dir.resolve("site"), null);
    List<String> log = java.util.Collections.synchronizedList(new ArrayList<>());
    try (DevServer server = DevServer.start(options, 0, new DevServer.Log() {
      @Override
      public void built(BuildResult result, Duration took) {
        log.add("built " + result.briefs() + " briefs");
      }

      @Override
      public void failed(List<Diagnostic> errors) {
        errors.forEach(d -> log.add(d.format()));
      }

      @Override
      public void shownAhead(List<String> briefs, Duration took) {
        log.add("shown " + briefs + " in " + took.toMillis() + " ms");
      }
    })) {
      assertThat(log).as("the sample site builds").containsExactly("built 8 briefs");
      Path output = dir.resolve("check.log");
      Process node = new ProcessBuilder("node", "check.mjs", server.url())
          .directory(DIR.toFile())
          .redirectErrorStream(true)
          .redirectOutput(output.toFile())
          .start();
      boolean finished = node.waitFor(10, TimeUnit.MINUTES);
      if (!finished) {
        node.destroyForcibly();
      }
      String report = Files.readString(output, StandardCharsets.UTF_8);
      System.out.println(report);
      assertThat(finished).as("the browser check finished in time:%n%s", report).isTrue();
      assertThat(node.exitValue()).as("browser check:%n%s", report).isZero();
      assertThat(report).contains("browser checks: 19 passed, 0 failed");
      anOpenPageReloadsItselfAfterAnEdit(server, log);
    }
  }

  private void anOpenPageReloadsItselfAfterAnEdit(DevServer server, List<String> log) throws Exception {
    Path quarter = dir.resolve("data/dell/fy2026-q1.yaml");
    Process node = new ProcessBuilder("node", "reload.mjs", server.url() + "dell/fy2026-q1/",
        "Operating cash flow was $2.9 billion").directory(DIR.toFile()).redirectErrorStream(true).start();
    try (var out = new java.io.BufferedReader(new java.io.InputStreamReader(node.getInputStream(),
        StandardCharsets.UTF_8))) {
      List<String> lines = new ArrayList<>();
      String line = out.readLine();
      while (line != null && !line.equals("ready")) {
        lines.add(line);
        line = out.readLine();
      }
      assertThat(line).as("the page opened: %s", lines).isEqualTo("ready");
      long start = System.nanoTime();
      String before = Files.readString(quarter);
      String edited = before.replace("operating_cash_flow: { value: 2800,", "operating_cash_flow: { value: 2900,");
      assertThat(edited).as("the edit changes the quarter file").isNotEqualTo(before);
      Files.writeString(quarter, edited);
      String result = out.readLine();
      long millis = (System.nanoTime() - start) / 1_000_000;
      System.out.println("browser: " + result + " (" + millis + " ms after the file was saved); serve log: " + log);
      assertThat(node.waitFor(2, TimeUnit.MINUTES)).isTrue();
      assertThat(result).startsWith("reloaded ");
      assertThat(node.exitValue()).isZero();
    } finally {
      node.destroyForcibly();
    }
  }

  /** What the browser check needs and this machine lacks. */
  private static List<String> missing() {
    List<String> missing = new ArrayList<>();
    if (!runs("node", "--version")) {
      missing.add("node");
    }
    String chromium = System.getenv().getOrDefault("BRIEFS_CHROMIUM", "/usr/bin/chromium");
    if (!Files.isExecutable(Path.of(chromium))) {
      missing.add("Chromium at " + chromium);
    }
    for (String module : List.of("playwright-core", "axe-core")) {
      if (!Files.isDirectory(DIR.resolve("node_modules").resolve(module))) {
        missing.add("browser-test/node_modules/" + module);
      }
    }
    return missing;
  }

  private static boolean runs(String... command) {
    try {
      Process p = new ProcessBuilder(command).redirectErrorStream(true)
          .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
      return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
