package io.briefs.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.briefs.cli.Trees;
import io.briefs.diag.BriefsException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteWriterTest {
  @TempDir Path dir;

  private Path site() {
    return dir.resolve("site");
  }

  private void build(boolean clean, String... files) throws Exception {
    SiteWriter w = SiteWriter.begin(site(), clean);
    for (String f : files) {
      w.write(f, "content of " + f);
    }
    w.commit();
  }

  @Test
  void staleOutputsGoAndForeignFilesStay() throws Exception {
    build(false, "index.html", "acme/fy2025-q1/index.html", "acme/fy2025-q2/index.html");
    Files.writeString(site().resolve("CNAME"), "briefs.example.com");
    Files.writeString(site().resolve("acme/notes.txt"), "mine");
    build(false, "index.html", "acme/fy2025-q1/index.html");
    assertThat(site().resolve("acme/fy2025-q2/index.html")).doesNotExist();
    assertThat(site().resolve("CNAME")).hasContent("briefs.example.com");
    assertThat(site().resolve("acme/notes.txt")).hasContent("mine");
    build(true, "index.html");
    assertThat(site().resolve("CNAME")).doesNotExist();
    assertThat(site().resolve("acme")).doesNotExist();
  }

  @Test
  void aFailedBuildLeavesTheSiteAsItWas() throws Exception {
    build(false, "index.html");
    SiteWriter w = SiteWriter.begin(site());
    w.write("index.html", "half-written");
    w.abort();
    assertThat(site().resolve("index.html")).hasContent("content of index.html");
    assertThat(dir.resolve(".site.staging")).doesNotExist();
  }

  @Test
  void aBuildKilledBetweenTheRenamesIsRecovered() throws Exception {
    build(false, "index.html");
    Files.move(site(), dir.resolve(".site.old"));
    Files.createDirectories(dir.resolve(".site.staging/partial"));
    Files.writeString(dir.resolve(".site.staging/partial/half.html"), "half-written");
    SiteWriter w = SiteWriter.begin(site());
    assertThat(site().resolve("index.html")).hasContent("content of index.html");
    w.write("index.html", "again");
    w.commit();
    // the killed build's staging folder was the base of this one: what it left is gone
    assertThat(tree(site())).containsExactly(".briefs-manifest", "index.html");
    assertThat(site().resolve("index.html")).hasContent("again");
  }

  @Test
  void theReplacedSiteIsTheNextBuildsBaseAndNeverWrittenInto() throws Exception {
    build(false, "index.html", "acme/fy2025-q1/index.html", "acme/fy2025-q2/index.html", "beta/fy2025-q1/index.html");
    SiteWriter second = SiteWriter.begin(site());
    second.write("index.html", "content of index.html");
    second.carry("acme/fy2025-q1/index.html");
    second.carry("acme/fy2025-q2/index.html");
    second.commit();
    assertThat(dir.resolve(".site.mirror")).as("the replaced site, kept").isDirectory();
    Files.writeString(site().resolve("CNAME"), "briefs.example.com");
    // the published pages are hard links shared with the base: a new version must not change them
    Path published = site().resolve("acme/fy2025-q1/index.html");
    SiteWriter w = SiteWriter.begin(site());
    w.write("index.html", "new home");
    w.write("acme/fy2025-q1/index.html", "new brief");
    w.carry("acme/fy2025-q2/index.html");
    w.write("gamma/fy2025-q3/index.html", "new company");
    assertThat(published).hasContent("content of acme/fy2025-q1/index.html");
    assertThat(site().resolve("index.html")).hasContent("content of index.html");
    w.commit();
    assertThat(tree(site())).containsExactly(".briefs-manifest", "CNAME", "acme/fy2025-q1/index.html",
        "acme/fy2025-q2/index.html", "gamma/fy2025-q3/index.html", "index.html");
    assertThat(site().resolve("acme/fy2025-q1/index.html")).hasContent("new brief");
    assertThat(site().resolve("acme/fy2025-q2/index.html")).hasContent("content of acme/fy2025-q2/index.html");
    assertThat(site().resolve("beta")).doesNotExist();
    assertThat(dir.resolve(".site.staging")).doesNotExist();
    // a link planted in the mirror is removed, not followed
    Path outside = Files.createDirectories(dir.resolve("outside"));
    Trees.deleteTree(dir.resolve(".site.mirror/acme"));
    Files.createSymbolicLink(dir.resolve(".site.mirror/acme"), outside);
    build(false, "acme/fy2025-q1/index.html");
    assertThat(outside).isEmptyDirectory();
    assertThat(tree(site())).containsExactly(".briefs-manifest", "CNAME", "acme/fy2025-q1/index.html");
  }

  private static java.util.List<String> tree(Path root) throws java.io.IOException {
    try (var walk = Files.walk(root)) {
      return walk.filter(Files::isRegularFile).map(p -> root.relativize(p).toString()).sorted().toList();
    }
  }

  @Test
  void twoBuildsOfOneFolderCannotInterleave() throws Exception {
    SiteWriter first = SiteWriter.begin(site());
    assertThatThrownBy(() -> SiteWriter.begin(site()))
        .isInstanceOf(BriefsException.class)
        .hasMessageContaining("another briefs build is writing this folder");
    first.abort();
    SiteWriter.begin(site()).abort();
  }

  @Test
  void plantedLinksAreNeverFollowed() throws Exception {
    Path outside = Files.createDirectories(dir.resolve("outside"));
    Files.writeString(outside.resolve("secret.txt"), "keep me");
    build(false, "index.html");
    Files.createSymbolicLink(site().resolve("acme"), outside);
    Files.createSymbolicLink(dir.resolve(".site.staging"), outside);
    // the new site writes where the planted link points; it must write a real folder instead
    build(false, "index.html", "acme/fy2025-q1/index.html");
    assertThat(outside.resolve("secret.txt")).hasContent("keep me");
    assertThat(outside.resolve("fy2025-q1")).doesNotExist();
    assertThat(Files.isSymbolicLink(site().resolve("acme"))).isFalse();
    assertThat(site().resolve("acme/fy2025-q1/index.html")).exists();
  }

  @Test
  void foreignLinksAreCarriedAsLinks() throws Exception {
    Path outside = Files.createDirectories(dir.resolve("outside"));
    build(false, "index.html");
    Files.createSymbolicLink(site().resolve("docs"), outside);
    build(false, "index.html");
    assertThat(Files.isSymbolicLink(site().resolve("docs"))).isTrue();
    assertThat(Files.readSymbolicLink(site().resolve("docs"))).isEqualTo(outside);
  }

  @Test
  void pathsCannotLeaveTheSite() throws Exception {
    SiteWriter w = SiteWriter.begin(site());
    for (String bad : new String[] {"../escape.html", "/etc/passwd", "a/../../b", "a//b", "./x", "a/.hidden/x"}) {
      assertThatThrownBy(() -> w.write(bad, "x")).as(bad).isInstanceOf(IllegalArgumentException.class);
    }
    w.abort();
    assertThat(dir.resolve("escape.html")).doesNotExist();
  }
}
