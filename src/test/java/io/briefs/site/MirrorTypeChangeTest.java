package io.briefs.site;

import static org.assertj.core.api.Assertions.assertThat;

import io.briefs.cli.Trees;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A path that is a file in the build's base (the mirror of the site before) and a folder in the
 * new site, or the reverse, or that became a user's link: every build still succeeds, the first
 * time and every time after, and a user's file or link survives.
 */
class MirrorTypeChangeTest {
  @TempDir Path dir;

  private Path site() {
    return dir.resolve("site");
  }

  /** Builds like Pipeline does: abort on failure. Returns "ok" or the exception's class. */
  private String build(String... files) {
    try {
      SiteWriter w = SiteWriter.begin(site());
      try {
        for (String f : files) {
          w.write(f, "content of " + f);
        }
        w.commit();
        return "ok";
      } catch (Exception e) {
        w.abort();
        return e.getClass().getSimpleName();
      }
    } catch (Exception e) {
      return "begin: " + e;
    }
  }

  private String thrice(String... files) {
    return build(files) + "," + build(files) + "," + build(files);
  }

  @Test
  void aRootFileOfTheUserNamedLikeANewCompany() throws Exception {
    build("index.html");
    Files.writeString(site().resolve("gamma"), "user's file");
    build("index.html");                      // mirror = the tree the user wrote gamma into
    assertThat(thrice("index.html", "gamma/fy2025-q3/index.html", "gamma/index.html"))
        .isEqualTo("ok,ok,ok");               // actual: FileSystemException x3 (Not a directory)
  }

  @Test
  void aForeignFileBecomesAFolder() throws Exception {
    build("index.html");
    Files.writeString(site().resolve("docs"), "one page");
    build("index.html");
    Files.delete(site().resolve("docs"));
    Files.createDirectories(site().resolve("docs"));
    Files.writeString(site().resolve("docs/a.txt"), "a");
    assertThat(thrice("index.html")).isEqualTo("ok,ok,ok"); // actual: FileAlreadyExistsException x3
  }

  @Test
  void aForeignFolderBecomesAFile() throws Exception {
    build("index.html");
    Files.createDirectories(site().resolve("docs"));
    Files.writeString(site().resolve("docs/a.txt"), "a");
    build("index.html");
    Trees.deleteTree(site().resolve("docs"));
    Files.writeString(site().resolve("docs"), "one page");
    assertThat(thrice("index.html")).isEqualTo("ok,ok,ok"); // actual: DirectoryNotEmptyException x3
  }

  @Test
  void aFolderOfTheMirrorWhereTheNewSiteHasAFile() {
    build("index.html", "x/y.html");
    build("index.html", "x/y.html");
    assertThat(build("index.html", "x")).isEqualTo("ok"); // actual: FileSystemException (prune, Not a directory)
  }

  @Test
  void aForeignLinkWhereTheMirrorHasAnEmptyFolder() throws Exception {
    build("index.html");
    Files.createDirectories(site().resolve("docs"));  // an empty folder of the user's (not carried)
    build("index.html");                               // mirror: the tree holding the empty docs/
    Files.createSymbolicLink(site().resolve("docs"), Files.createDirectories(dir.resolve("elsewhere")));
    assertThat(build("index.html")).isEqualTo("ok");
    assertThat(Files.isSymbolicLink(site().resolve("docs"))).as("the user's link is kept").isTrue(); // fails: prune rmdir'd it
  }
}
