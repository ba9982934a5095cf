package io.briefs.site;

import java.io.IOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
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
          base.files.put(staging.relativize(file).toString().replace('\\', '/'), Objects.requireNonNullElse(
              attrs.fileKey(), file));
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
   * hold none of the new site's files, deepest first.
   */
  void prune(Path staging, Set<String> keep) throws IOException {
    for (String relative : files.keySet()) {
      if (!keep.contains(relative)) {
        Files.deleteIfExists(staging.resolve(relative));
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
      try {
        Files.delete(dir);
      } catch (DirectoryNotEmptyException | NoSuchFileException e) {
        // holds something this build put there otherwise (a foreign link's target folder, say)
      }
    }
  }
}
