package io.briefs.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Carrying many files side by side returns only when every carry has stopped, even when one
 * fails at once: otherwise links would still be made in the staging folder after the build put
 * it aside and released the lock.
 */
class CarryAbortTest {
  @TempDir Path dir;

  @Test
  void carryAllReturnsOnlyWhenEveryCarryStopped() throws Exception {
    Path site = dir.resolve("site");
    List<String> files = new ArrayList<>();
    SiteWriter first = SiteWriter.begin(site);
    for (int i = 0; i < 4000; i++) {
      String f = "c" + i + "/fy2025-q1/index.html";
      first.write(f, "x");
      files.add(f);
    }
    first.commit();
    files.add(files.size() / 2, "../escape");     // one carry that fails at once
    SiteWriter w = SiteWriter.begin(site);        // no mirror yet: an empty staging folder
    assertThatThrownBy(() -> w.carryAll(files)).isInstanceOf(IllegalArgumentException.class);
    w.abort();                                    // what Pipeline does once Carrying completed
    Thread.sleep(2000);
    assertThat(dir.resolve(".site.staging")).as("nothing written after abort released the lock").doesNotExist();
  }
}
