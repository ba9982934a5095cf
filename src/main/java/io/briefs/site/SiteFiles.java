package io.briefs.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** File-tree operations of the site writer that never follow a symbolic link. */
final class SiteFiles {
  private SiteFiles() {}

  /** Deletes a tree; a symbolic link is deleted as a link, never followed. */
  static void deleteTree(Path root) throws IOException {
    BasicFileAttributes attrs;
    try {
      attrs = Files.readAttributes(root, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    } catch (NoSuchFileException e) {
      return;
    }
    if (attrs.isDirectory()) {
      // a site has thousands of files: its folders are emptied side by side (about twice as fast
      // on two cores), each in one walk whose attributes need no further look-ups
      List<Path> children;
      try (Stream<Path> list = Files.list(root)) {
        children = list.toList();
      }
      try {
        children.parallelStream().forEach(SiteFiles::deleteWalk);
      } catch (UncheckedIOException e) {
        throw e.getCause();
      }
    }
    Files.delete(root);
  }

  private static void deleteWalk(Path root) {
    try {
      Files.walkFileTree(root, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
          Files.delete(file);
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
          if (e != null) {
            throw e;
          }
          Files.delete(dir);
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The files and links of a tree, as sorted relative paths with forward slashes. */
  static List<String> entries(Path root) throws IOException {
    if (!Files.isDirectory(root, LinkOption.NOFOLLOW_LINKS)) {
      return List.of();
    }
    List<String> found = new ArrayList<>();
    Files.walkFileTree(root, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
        if (attrs.isRegularFile() || attrs.isSymbolicLink()) {
          found.add(root.relativize(file).toString().replace('\\', '/'));
        }
        return FileVisitResult.CONTINUE;
      }
    });
    found.sort(null);
    return found;
  }

  /**
   * Puts {@code from} at {@code to} (whose folder exists) without reading outside the site: a
   * symbolic link is copied as a link; a file is hard-linked (nothing copied, the original
   * untouched), or copied where hard links are not supported.
   */
  static void carry(Path from, Path to) throws IOException {
    if (Files.isSymbolicLink(from)) {
      Files.createSymbolicLink(to, Files.readSymbolicLink(from));
      return;
    }
    link(from, to);
  }

  /** Hard-links (or copies) the regular file {@code from} to {@code to}, replacing what is there. */
  static void link(Path from, Path to) throws IOException {
    try {
      Files.createLink(to, from);
    } catch (FileAlreadyExistsException e) {
      Files.delete(to);
      link(from, to);
    } catch (UnsupportedOperationException | IOException e) {
      Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES,
          LinkOption.NOFOLLOW_LINKS);
    }
  }
}
