package io.briefs.site;

import io.briefs.diag.BriefsException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The only code that writes the output folder. A build writes into a staging folder beside it,
 * and the finished site replaces the old one only when everything succeeded: a failed or killed
 * build leaves the published site as it was (the next build clears the leftovers). Files in the
 * output folder that briefs did not write (its manifest lists those it did) are carried over,
 * unless the build asks for a clean output. A lock beside the folder keeps two builds apart.
 *
 * <p>The swap is two renames: the old site aside, the new one in place. A build killed exactly
 * between them leaves the old site complete beside the folder, and the next build puts it back
 * before anything else.
 */
public final class SiteWriter {
  /** Lists, one per line, the files briefs wrote into the output folder. */
  public static final String MANIFEST = ".briefs-manifest";

  private final Path out;
  private final Path staging;
  private final Path old;
  private final boolean clean;
  private final SiteLock lock;
  private final Set<String> written = new TreeSet<>();
  /** The staging folders made so far: a carried brief's files share one, looked up once. */
  private final Set<Path> folders = ConcurrentHashMap.newKeySet();

  private SiteWriter(Path out, boolean clean, SiteLock lock) {
    this.out = out;
    this.clean = clean;
    this.lock = lock;
    String name = out.getFileName().toString();
    this.staging = out.resolveSibling("." + name + ".staging");
    this.old = out.resolveSibling("." + name + ".old");
  }

  /** Starts a build of {@code out} keeping files briefs did not write. */
  public static SiteWriter begin(Path out) throws IOException, BriefsException {
    return begin(out, false);
  }

  /**
   * Starts a build of {@code out}: takes the lock, recovers from an interrupted earlier build and
   * clears its leftovers.
   *
   * @param clean whether files briefs did not write are dropped from the new site
   */
  public static SiteWriter begin(Path out, boolean clean) throws IOException, BriefsException {
    Path absolute = out.toAbsolutePath().normalize();
    Files.createDirectories(absolute.getParent());
    SiteLock lock = SiteLock.acquire(absolute);
    try {
      SiteWriter w = new SiteWriter(absolute, clean, lock);
      w.recover();
      SiteFiles.deleteTree(w.staging);
      Files.createDirectories(w.staging);
      return w;
    } catch (IOException | RuntimeException e) {
      lock.close();
      throw e;
    }
  }

  /** Whether an interrupted build left a staging folder or the old site beside {@code out}. */
  public static boolean hasLeftovers(Path out) {
    Path absolute = out.toAbsolutePath().normalize();
    String name = absolute.getFileName().toString();
    return Files.exists(absolute.resolveSibling("." + name + ".staging"), LinkOption.NOFOLLOW_LINKS)
        || Files.exists(absolute.resolveSibling("." + name + ".old"), LinkOption.NOFOLLOW_LINKS);
  }

  /** A build killed between the two renames of a swap left the old site aside: put it back. */
  private void recover() throws IOException {
    if (Files.exists(old, LinkOption.NOFOLLOW_LINKS)) {
      if (!Files.exists(out, LinkOption.NOFOLLOW_LINKS)) {
        Files.move(old, out, StandardCopyOption.ATOMIC_MOVE);
      } else {
        SiteFiles.deleteTree(old);
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
    folder(target.getParent());
    Files.write(target, bytes);
    synchronized (written) {
      written.add(relative);
    }
  }

  /**
   * Puts a file of the published site, unchanged, into the new one (a hard link: nothing is
   * copied); false when the published site has no such file.
   */
  public boolean carry(String relative) throws IOException {
    return carryFrom(out, relative);
  }

  /** Carries many files of the published site side by side (links are cheap, look-ups are not). */
  public void carryAll(List<String> relatives) throws IOException {
    try {
      relatives.parallelStream().forEach(relative -> {
        try {
          carry(relative);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  /** Puts a file of another output folder (a shard's) into the new site; false when it has none. */
  public boolean carryFrom(Path root, String relative) throws IOException {
    Path from = SitePaths.inside(root.toAbsolutePath().normalize(), relative);
    try {
      if (!Files.readAttributes(from, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).isRegularFile()) {
        return false;
      }
    } catch (NoSuchFileException e) {
      return false;
    }
    Path target = SitePaths.inside(staging, relative);
    folder(target.getParent());
    SiteFiles.link(from, target);
    synchronized (written) {
      written.add(relative);
    }
    return true;
  }

  private void folder(Path dir) throws IOException {
    if (!folders.contains(dir)) {
      Files.createDirectories(dir);
      folders.add(dir);
    }
  }

  /** Writes a state file of briefs at the site's root ({@code .briefs-build.json}); not a page. */
  public void writeState(String name, byte[] bytes) throws IOException {
    if (!name.matches("\\.briefs-[a-z-]+\\.json")) {
      throw new IllegalArgumentException("not a state file name: " + name);
    }
    Files.write(staging.resolve(name), bytes);
  }

  /** The published site's folder (which this build will replace). */
  public Path published() {
    return out;
  }

  /** Writes a text file as UTF-8. */
  public void write(String relative, String text) throws IOException {
    write(relative, text.getBytes(StandardCharsets.UTF_8));
  }

  /** Makes the new site the published one and releases the lock. */
  public void commit() throws IOException {
    try {
      if (!clean) {
        carryOverForeignFiles();
      }
      Files.writeString(staging.resolve(MANIFEST), String.join("\n", written) + "\n", StandardCharsets.UTF_8);
      if (Files.exists(out, LinkOption.NOFOLLOW_LINKS)) {
        Files.move(out, old, StandardCopyOption.ATOMIC_MOVE);
      }
      Files.move(staging, out, StandardCopyOption.ATOMIC_MOVE);
      SiteFiles.deleteTree(old);
    } finally {
      lock.close();
    }
  }

  /** Drops the staging folder and releases the lock; the published site is untouched. */
  public void abort() {
    try {
      SiteFiles.deleteTree(staging);
      lock.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void carryOverForeignFiles() throws IOException {
    if (!Files.isDirectory(out, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    Set<String> ours = readManifest();
    for (String relative : SiteFiles.entries(out)) {
      boolean state = relative.startsWith(".briefs-");
      if (!ours.contains(relative) && !state && !clashes(relative)) {
        SiteFiles.carry(out.resolve(relative), staging.resolve(relative));
      }
    }
  }

  /** Whether the new site has a file at {@code relative} or below it: generated output takes the place. */
  private boolean clashes(String relative) {
    return written.contains(relative) || written.stream().anyMatch(w -> w.startsWith(relative + "/"))
        || java.nio.file.Files.exists(staging.resolve(relative), LinkOption.NOFOLLOW_LINKS);
  }

  private Set<String> readManifest() throws IOException {
    Path manifest = out.resolve(MANIFEST);
    if (!Files.isRegularFile(manifest, LinkOption.NOFOLLOW_LINKS)) {
      return Set.of();
    }
    return new TreeSet<>(Files.readAllLines(manifest, StandardCharsets.UTF_8));
  }
}
