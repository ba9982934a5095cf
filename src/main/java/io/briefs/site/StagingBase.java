package io.briefs.site;

import java.io.IOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileSystemException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What a reused staging folder held when a build began: the site as a build before this one
 * left it (see {@link SiteWriter}). Its files are hard links shared with the published site or
 * older versions of its files, so a build carries a file only where it differs, never writes
 * into one (it replaces it), and at the end removes what the new site does not have.
 */
final class StagingBase {
  private final Map<String, Object> files = new ConcurrentHashMap<>();
  private final List<Path> folders = new ArrayList<>();

  private StagingBase() {}

  /** Nothing to reuse: a new, empty staging folder. */
  static StagingBase empty() {
    return new StagingBase();
  }

  /**
   * Reads the tree under {@code staging} without following links; a link or anything but a file
   * or a folder is removed on the way, so that nothing this build writes can land outside it.
   */
  static StagingBase scan(Path staging) throws IOException {
    StagingBase base = new StagingBase();
    Files.walkFileTree(staging, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
        if (!dir.equals(staging)) {
          base.folders.add(dir);
        }
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
        if (attrs.isRegularFile()) {
          base.files.put(staging.relativize(file).toString().replace('\\', '/'), key(attrs, file));
        } else {
          Files.delete(file);
        }
        return FileVisitResult.CONTINUE;
      }
    });
    return base;
  }

  /** The folders the tree already has (a build need not make them). */
  List<Path> folders() {
    return folders;
  }

  /** Whether the tree has a file at {@code relative} that is {@code key} (the same inode). */
  boolean holds(String relative, Object key) {
    return key != null && key.equals(files.get(relative));
  }

  /**
   * Removes the files of the old tree that the new site does not have, then its folders that
   * hold none of the new site's files, deepest first. Only what the scan found is removed, and
   * only through real folders: a path that has since become a link (a user's link carried into
   * the new site) or a file is left alone, so nothing outside the site is ever touched.
   */
  void prune(Path staging, Set<String> keep) throws IOException {
    Map<Path, Boolean> real = new HashMap<>();
    real.put(staging, true);
    for (Map.Entry<String, Object> f : files.entrySet()) {
      Path file = staging.resolve(f.getKey());
      if (!keep.contains(f.getKey()) && real(file.getParent(), real)) {
        BasicFileAttributes attrs = attributes(file);
        if (attrs != null && attrs.isRegularFile() && f.getValue().equals(key(attrs, file))) {
          Files.delete(file);
        }
      }
    }
    Set<Path> used = new HashSet<>();
    for (String relative : keep) {
      for (Path dir = staging.resolve(relative).getParent(); !dir.equals(staging) && used.add(dir); ) {
        dir = dir.getParent();
      }
    }
    List<Path> deepestFirst = new ArrayList<>(folders);
    deepestFirst.removeAll(used);
    deepestFirst.sort(Comparator.comparingInt(Path::getNameCount).reversed());
    for (Path dir : deepestFirst) {
      if (real(dir, real)) {
        try {
          Files.delete(dir);
        } catch (DirectoryNotEmptyException | NoSuchFileException e) {
          // holds something this build put there otherwise (a user's file, say)
        }
      }
    }
  }

  /** Whether {@code dir} and every folder above it in the staging folder are real folders, not links. */
  private static boolean real(Path dir, Map<Path, Boolean> known) throws IOException {
    Boolean r = known.get(dir);
    if (r == null) {
      BasicFileAttributes attrs = attributes(dir);
      r = real(dir.getParent(), known) && attrs != null && attrs.isDirectory();
      known.put(dir, r);
    }
    return r;
  }

  private static Object key(BasicFileAttributes attrs, Path file) {
    return Objects.requireNonNullElse(attrs.fileKey(), file);
  }

  private static BasicFileAttributes attributes(Path p) throws IOException {
    try {
      return Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    } catch (FileSystemException e) {
      return null; // gone, or a file where a folder was: nothing of the old tree is there to remove
    }
  }
}
