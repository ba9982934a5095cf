package io.briefs.serve;

import static org.assertj.core.api.Assertions.assertThat;

import io.briefs.TestData;
import io.briefs.build.Scope;
import io.briefs.cli.Trees;
import io.briefs.diag.Diagnostic;
import io.briefs.pipeline.BuildOptions;
import io.briefs.pipeline.BuildResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Closing {@code briefs serve} while a rebuild runs: the rebuild finishes (it is not cut short
 * while its workers still write), and nothing is written after close returns, so the folders can
 * be deleted. CI once failed deleting a test's folder because the watcher's thread, interrupted
 * mid-build, left workers writing PDFs into it.
 */
class ServeCloseTest {
  private static final String Q1 = ServeTest.Q1;

  @TempDir Path dir;

  @Test
  void closingDuringARebuildLetsItFinishAndStartsNoOther() throws Exception {
    TestData data = TestData.in(dir);
    String[][] quarters = {{"FY2025-Q1", "2025-03-31", "2025-04-24"}, {"FY2025-Q2", "2025-06-30", "2025-07-24"},
        {"FY2025-Q3", "2025-09-30", "2025-10-23"}, {"FY2025-Q4", "2025-12-31", "2026-01-29"}};
    for (String[] q : quarters) {
      data.quarter(q[0], Q1.replace("2025-03-31", q[1]).replace("2025-04-24", q[2]));
    }
    Path templates = dir.resolve("templates");
    Trees.copy(Path.of("templates"), templates);
    BuildOptions options = new BuildOptions(data.root(), templates, dir.resolve("site"), null);
    List<String> log = Collections.synchronizedList(new ArrayList<>());
    AtomicInteger builds = new AtomicInteger();
    CountDownLatch rebuilding = new CountDownLatch(1);
    DevServer server = DevServer.start(() -> {
      // read on starting, as the first build begins, and as the rebuild begins
      if (builds.incrementAndGet() == 3) {
        rebuilding.countDown();
      }
      return options;
    }, null, Scope.all(2), 0, new DevServer.Log() {
      @Override
      public void built(BuildResult result, Duration took) {
        log.add("built " + result.renderedBriefs().size());
      }

      @Override
      public void failed(List<Diagnostic> errors) {
        errors.forEach(d -> log.add(d.format()));
      }
    });
    assertThat(log).containsExactly("built 4");

    // a change to the first quarter re-renders all four (the later ones compare with it)
    data.quarter("FY2025-Q1", Q1.replace("revenue: 100", "revenue: 110").replace("revenue: 60", "revenue: 70"));
    assertThat(rebuilding.await(60, TimeUnit.SECONDS)).as("a rebuild began; log: %s", log).isTrue();
    server.close();
    assertThat(log).as("the rebuild under way finished before close returned").containsExactly("built 4", "built 4");

    Map<String, Long> site = files(dir.resolve("site"));
    server.rebuild(Set.of());
    Thread.sleep(200);
    assertThat(files(dir.resolve("site"))).as("nothing is written after close").isEqualTo(site);
    assertThat(log).as("no build after close").hasSize(2);
    assertThat(builds).hasValue(3);
  }

  /** Every file below {@code root} with its size and modification time. */
  private static Map<String, Long> files(Path root) throws IOException {
    Map<String, Long> out = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.filter(Files::isRegularFile).toList()) {
        out.put(root.relativize(p) + " " + Files.size(p), Files.getLastModifiedTime(p).toMillis());
      }
    }
    return out;
  }
}
