package io.briefs.site;

import static org.assertj.core.api.Assertions.assertThat;

import io.briefs.cli.Run;
import io.briefs.cli.Trees;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build killed with SIGKILL at random moments never damages the published site, and the next
 * build succeeds. Builds are reproducible, so the site must always equal the first build's.
 */
class KillTest {
  private static final Map<String, String> ENV = Map.of("SOURCE_DATE_EPOCH", "1748476800");

  @TempDir Path dir;

  @Test
  void killedBuildsLeaveThePreviousSiteIntact() throws Exception {
    Path site = dir.resolve("site");
    Run first = Run.of(ENV, "build", "--out", site.toString());
    assertThat(first.code()).as(first.err()).isZero();
    Map<String, String> published = Trees.snapshot(site);
    long seed = System.nanoTime();
    Random random = new Random(seed);
    long full = timedChildBuild(site);
    for (int i = 0; i < 6; i++) {
      long delay = (long) (random.nextDouble() * full * 1.1);
      Process child = start(site);
      Thread.sleep(delay);
      child.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
      String at = "seed " + seed + ", kill " + i + " after " + delay + " ms";
      if (Files.exists(site)) {
        assertThat(Trees.snapshot(site)).as(at).isEqualTo(published);
      } else {
        // killed between the two renames of the swap: the old site waits beside, whole
        assertThat(Trees.snapshot(dir.resolve(".site.old"))).as(at).isEqualTo(published);
      }
    }
    // not forced: nothing changed, but the leftovers of the killed builds must still go
    Run last = Run.of(ENV, "build", "--out", site.toString());
    assertThat(last.code()).as(last.err()).isZero();
    assertThat(Trees.snapshot(site)).isEqualTo(published);
    assertThat(dir.resolve(".site.staging")).doesNotExist();
    assertThat(dir.resolve(".site.old")).doesNotExist();
  }

  private long timedChildBuild(Path site) throws Exception {
    long start = System.nanoTime();
    Process p = start(site);
    assertThat(p.waitFor(300, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).isZero();
    return (System.nanoTime() - start) / 1_000_000;
  }

  private static Process start(Path site) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    // the child gets the test class path, Saxon included (from the Nu checker): pin the JDK's
    // XML transformer as Surefire does for this JVM, or the PDFs' XMP bytes would differ
    String transformer = "javax.xml.transform.TransformerFactory";
    ProcessBuilder pb = new ProcessBuilder(List.of(java, "-Djava.awt.headless=true",
        "-D" + transformer + "=" + System.getProperty(transformer, ""), "-cp",
        System.getProperty("java.class.path"), "io.briefs.cli.Main", "build", "--force", "--out", site.toString()));
    pb.environment().putAll(ENV);
    pb.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
    return pb.start();
  }
}
