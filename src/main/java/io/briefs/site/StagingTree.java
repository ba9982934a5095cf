package io.briefs.site;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Collection;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Puts files into the staging folder, making their folders once. The staging folder may be an
 * older site (see {@link StagingBase}) in which a path has changed kind: a file where the new
 * site has a folder, a folder where it has a file. A put tries the direct way first and, when
 * something stands in the way, removes it (without following links) and tries once more.
 */
final class StagingTree {
  /** Puts one file at a path whose folder exists and where nothing is. */
  @FunctionalInterface
  interface Put {
    void at(Path target) throws IOException;
  }

  private final Path root;
  /** The folders made (or found) so far: a site's files share a few hundred folders. */
  private final Set<Path> folders = ConcurrentHashMap.newKeySet();

  StagingTree(Path root, Collection<Path> existing) {
    this.root = root;
    folders.addAll(existing);
  }

  /** Puts a file at {@code target}, replacing (never writing into) what the old tree had there. */
  void put(Path target, Put put) throws IOException {
    try {
      folder(target.getParent());
      Files.deleteIfExists(target);
      put.at(target);
    } catch (FileSystemException e) {
      clearWay(target);
      folder(target.getParent());
      put.at(target);
    }
  }

  /** Writes a new file at {@code target} (see {@link #put}). */
  void write(Path target, byte[] bytes) throws IOException {
    put(target, at -> Files.write(at, bytes, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE));
  }

  private void folder(Path dir) throws IOException {
    if (!folders.contains(dir)) {
      Files.createDirectories(dir);
      folders.add(dir);
    }
  }

  /** Removes whatever is not a real folder above {@code target}, and whatever is at it. */
  private void clearWay(Path target) throws IOException {
    Path relative = root.relativize(target);
    Path at = root;
    for (int i = 0; i < relative.getNameCount() - 1; i++) {
      at = at.resolve(relative.getName(i));
      BasicFileAttributes attrs = attributes(at);
      if (attrs != null && !attrs.isDirectory()) {
        Files.delete(at); // a file or a link where the new site has a folder
        forget(at);
      }
    }
    BasicFileAttributes attrs = attributes(target);
    if (attrs != null && attrs.isDirectory()) {
      SiteFiles.deleteTree(target); // a folder where the new site has a file
      forget(target);
    } else if (attrs != null) {
      Files.delete(target);
    }
  }

  private void forget(Path removed) {
    folders.removeIf(f -> f.startsWith(removed));
  }

  private static BasicFileAttributes attributes(Path p) throws IOException {
    try {
      return Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    } catch (NoSuchFileException e) {
      return null;
    }
  }
}
