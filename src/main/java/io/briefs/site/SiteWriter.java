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
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The only code that writes the output folder. A build writes into a staging folder beside it,
 * and the finished site replaces the old one only when everything succeeded: a failed or killed
 * build leaves the published site as it was. Files in the output folder that briefs did not
 * write (its manifest lists those it did) are carried over, unless the build asks for a clean
 * output. A lock beside the folder keeps two builds apart.
 *
 * <p>The swap is two renames: the old site aside, the new one in place. A build killed exactly
 * between them leaves the old site complete beside the folder, and the next build puts it back
 * before anything else. The replaced site is not deleted but kept beside as the mirror, which the
 * next build takes as its staging folder: most of its folders and files are already there, so a
 * build that changes one brief of thousands makes and removes a few files, not the whole tree
 * (on a 1,000-brief site, making and deleting its 1,250 folders cost more than rendering the one
 * brief that changed). Nothing is ever written into a file of the mirror: those are hard links
 * shared with the published site, so a file is replaced, never rewritten.
 */
public final class SiteWriter {
  /** Lists, one per line, the files briefs wrote into the output folder. */
  public static final String MANIFEST = ".briefs-manifest";

  private final Path out;
  private final Path staging;
  private final Path old;
  private final Path mirror;
  private final boolean clean;
  private final SiteLock lock;
  private final Set<String> written = new TreeSet<>();
  /** Files of the published site the build kept without writing them (the user's own, state). */
  private final Set<String> kept = ConcurrentHashMap.newKeySet();
  private StagingBase base = StagingBase.empty();
  private StagingTree tree;
  private boolean committing;

  private SiteWriter(Path out, boolean clean, SiteLock lock) {
    this.out = out;
    this.clean = clean;
    this.lock = lock;
    String name = out.getFileName().toString();
    this.staging = out.resolveSibling("." + name + ".staging");
    this.old = out.resolveSibling("." + name + ".old");
    this.mirror = out.resolveSibling("." + name + ".mirror");
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
      w.prepareStaging();
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

  /**
   * A build killed between the two renames of a swap left the old site aside: put it back; one
   * killed just after them left it beside the new one: keep it as the mirror.
   */
  private void recover() throws IOException {
    if (Files.exists(old, LinkOption.NOFOLLOW_LINKS)) {
      if (!Files.exists(out, LinkOption.NOFOLLOW_LINKS)) {
        Files.move(old, out, StandardCopyOption.ATOMIC_MOVE);
      } else {
        retire(old);
      }
    }
  }

  /**
   * Takes the staging folder a killed build left, or else the mirror, as the base of this build
   * (only a real folder: a link in their place is removed, never followed), or makes an empty one.
   */
  private void prepareStaging() throws IOException {
    boolean leftover = Files.isDirectory(staging, LinkOption.NOFOLLOW_LINKS);
    if (!leftover) {
      SiteFiles.deleteTree(staging); // a link or a file in its place
      if (Files.isDirectory(mirror, LinkOption.NOFOLLOW_LINKS)) {
        Files.move(mirror, staging, StandardCopyOption.ATOMIC_MOVE);
      }
    }
    SiteFiles.deleteTree(mirror); // one base is enough
    if (Files.isDirectory(staging, LinkOption.NOFOLLOW_LINKS)) {
      base = StagingBase.scan(staging);
    } else {
      Files.createDirectories(staging);
    }
    tree = new StagingTree(staging, base.folders());
  }

  /** Keeps a whole tree as the mirror for the next build (or deletes it when there is one). */
  private void retire(Path site) throws IOException {
    if (Files.exists(mirror, LinkOption.NOFOLLOW_LINKS)) {
      SiteFiles.deleteTree(site);
    } else {
      Files.move(site, mirror, StandardCopyOption.ATOMIC_MOVE);
    }
  }

  /**
   * Writes one file of the new site.
   *
   * @param relative a path inside the site with forward slashes, like {@code dell/fy2026-q1/index.html}
   */
  public void write(String relative, byte[] bytes) throws IOException {
    Path target = SitePaths.inside(staging, relative);
    tree.write(target, bytes);
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

  /**
   * Carries many files of the published site side by side (links are cheap, look-ups are not).
   * Every carry has stopped when this returns, failed or not; the first failure is then thrown.
   */
  public void carryAll(List<String> relatives) throws IOException {
    List<Exception> failures = relatives.parallelStream().map(relative -> {
      try {
        carry(relative);
        return null;
      } catch (IOException | RuntimeException e) {
        return e;
      }
    }).filter(Objects::nonNull).toList();
    if (!failures.isEmpty()) {
      if (failures.get(0) instanceof IOException io) {
        throw io;
      }
      throw (RuntimeException) failures.get(0);
    }
  }

  /** Puts a file of another output folder (a shard's) into the new site; false when it has none. */
  public boolean carryFrom(Path root, String relative) throws IOException {
    Path from = SitePaths.inside(root.toAbsolutePath().normalize(), relative);
    BasicFileAttributes attrs;
    try {
      attrs = Files.readAttributes(from, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    } catch (NoSuchFileException e) {
      return false;
    }
    if (!attrs.isRegularFile()) {
      return false;
    }
    Path target = SitePaths.inside(staging, relative);
    if (!base.holds(relative, attrs.fileKey())) {
      tree.put(target, at -> SiteFiles.link(from, at));
    }
    synchronized (written) {
      written.add(relative);
    }
    return true;
  }

  /** Writes a state file of briefs at the site's root ({@code .briefs-build.json}); not a page. */
  public void writeState(String name, byte[] bytes) throws IOException {
    if (!name.matches("\\.briefs-[a-z-]+\\.json")) {
      throw new IllegalArgumentException("not a state file name: " + name);
    }
    tree.write(staging.resolve(name), bytes);
    kept.add(name);
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
    committing = true;
    try {
      if (!clean) {
        carryOverForeignFiles();
      }
      Set<String> keep = new HashSet<>(written);
      keep.addAll(kept);
      base.prune(staging, keep);
      tree.write(staging.resolve(MANIFEST), (String.join("\n", written) + "\n").getBytes(StandardCharsets.UTF_8));
      if (Files.exists(out, LinkOption.NOFOLLOW_LINKS)) {
        Files.move(out, old, StandardCopyOption.ATOMIC_MOVE);
      }
      Files.move(staging, out, StandardCopyOption.ATOMIC_MOVE);
      if (Files.exists(old, LinkOption.NOFOLLOW_LINKS)) {
        retire(old);
      }
    } finally {
      lock.close();
    }
  }

  /**
   * Puts the staging folder aside as the mirror (the next build brings it up to date) and releases
   * the lock; the published site is untouched.
   */
  public void abort() {
    if (committing) {
      return; // the commit released the lock; a staging folder it left is the next build's base
    }
    try {
      retire(staging);
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
        Path from = out.resolve(relative);
        tree.put(staging.resolve(relative), at -> SiteFiles.carry(from, at));
        kept.add(relative);
      }
    }
  }

  /** Whether the new site has a file at {@code relative} or below it: generated output takes the place. */
  private boolean clashes(String relative) {
    return written.contains(relative) || written.stream().anyMatch(w -> w.startsWith(relative + "/"));
  }

  private Set<String> readManifest() throws IOException {
    Path manifest = out.resolve(MANIFEST);
    if (!Files.isRegularFile(manifest, LinkOption.NOFOLLOW_LINKS)) {
      return Set.of();
    }
    return new TreeSet<>(Files.readAllLines(manifest, StandardCharsets.UTF_8));
  }
}
