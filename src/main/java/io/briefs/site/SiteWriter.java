package io.briefs.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The only code that writes the output folder. A build writes into a staging folder beside it
 * and the finished site replaces the old one only when everything succeeded, so a failed build
 * leaves the published site untouched. Files in the output folder that briefs did not write
 * (listed in its manifest) are carried over.
 */
public final class SiteWriter {
  /** Lists, one per line, the files briefs wrote into the output folder. */
  public static final String MANIFEST = ".briefs-manifest";

  private final Path out;
  private final Path staging;
  private final Path old;
  private final Set<String> written = new TreeSet<>();

  private SiteWriter(Path out) {
    this.out = out.toAbsolutePath().normalize();
    String name = this.out.getFileName().toString();
    this.staging = this.out.resolveSibling("." + name + ".staging");
    this.old = this.out.resolveSibling("." + name + ".old");
  }

  /** Starts a build of {@code out}: recovers from an interrupted earlier build, clears leftovers. */
  public static SiteWriter begin(Path out) throws IOException {
    SiteWriter w = new SiteWriter(out);
    w.recover();
    deleteTree(w.staging);
    Files.createDirectories(w.staging);
    return w;
  }

  /** A build killed between the two renames of a swap left the old site aside: put it back. */
  private void recover() throws IOException {
    if (Files.exists(old, LinkOption.NOFOLLOW_LINKS)) {
      if (!Files.exists(out, LinkOption.NOFOLLOW_LINKS)) {
        Files.move(old, out, StandardCopyOption.ATOMIC_MOVE);
      } else {
        deleteTree(old);
      }
    }
  }

  /**
   * Writes one file of the new site.
   *
   * @param relative a path inside the site with forward slashes, like {@code dell/fy2026-q1/index.html}
   */
  public void write(String relative, byte[] bytes) throws IOException {
    Path target = SitePaths.inside(staging, relative);
    Files.createDirectories(target.getParent());
    Files.write(target, bytes);
    synchronized (written) {
      written.add(relative);
    }
  }

  /** Writes a text file as UTF-8. */
  public void write(String relative, String text) throws IOException {
    write(relative, text.getBytes(StandardCharsets.UTF_8));
  }

  /** Makes the new site the published one, keeping files of the old one that briefs did not write. */
  public void commit() throws IOException {
    carryOverForeignFiles();
    Files.writeString(staging.resolve(MANIFEST), String.join("\n", written) + "\n", StandardCharsets.UTF_8);
    if (Files.exists(out, LinkOption.NOFOLLOW_LINKS)) {
      Files.move(out, old, StandardCopyOption.ATOMIC_MOVE);
    }
    Files.move(staging, out, StandardCopyOption.ATOMIC_MOVE);
    deleteTree(old);
  }

  /** Drops the staging folder; the published site is untouched. */
  public void abort() {
    try {
      deleteTree(staging);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void carryOverForeignFiles() throws IOException {
    if (!Files.isDirectory(out)) {
      return;
    }
    Set<String> ours = readManifest();
    for (Path file : files(out)) {
      String relative = out.relativize(file).toString().replace('\\', '/');
      if (ours.contains(relative) || relative.equals(MANIFEST) || written.contains(relative)) {
        continue;
      }
      Path target = staging.resolve(relative);
      Files.createDirectories(target.getParent());
      try {
        // a hard link copies nothing and leaves the old site intact until the swap
        Files.createLink(target, file);
      } catch (UnsupportedOperationException | IOException e) {
        if (e instanceof FileAlreadyExistsException) {
          throw (IOException) e;
        }
        Files.copy(file, target, StandardCopyOption.COPY_ATTRIBUTES);
      }
    }
  }

  private Set<String> readManifest() throws IOException {
    Path manifest = out.resolve(MANIFEST);
    if (!Files.isRegularFile(manifest)) {
      return Set.of();
    }
    return new TreeSet<>(Files.readAllLines(manifest, StandardCharsets.UTF_8));
  }

  private static List<Path> files(Path dir) throws IOException {
    try (Stream<Path> walk = Files.walk(dir)) {
      return walk.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)).sorted().toList();
    }
  }

  static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    List<Path> all = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(dir)) {
      walk.forEach(all::add);
    }
    all.sort(Comparator.reverseOrder());
    for (Path p : all) {
      Files.deleteIfExists(p);
    }
  }
}
