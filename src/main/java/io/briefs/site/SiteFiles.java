package io.briefs.site;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** File-tree operations of the site writer that never follow a symbolic link. */
final class SiteFiles {
  private SiteFiles() {}

  /** Deletes a tree; a symbolic link is deleted as a link, never followed. */
  static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    if (Files.isSymbolicLink(root) || !Files.isDirectory(root, LinkOption.NOFOLLOW_LINKS)) {
      Files.delete(root);
      return;
    }
    List<Path> all = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(root)) {
      walk.forEach(all::add);
    }
    all.sort(Comparator.reverseOrder());
    for (Path p : all) {
      Files.deleteIfExists(p);
    }
  }

  /** Every regular file and symbolic link under {@code root}, as site-relative paths, sorted. */
  static List<String> entries(Path root) throws IOException {
    if (!Files.isDirectory(root, LinkOption.NOFOLLOW_LINKS)) {
      return List.of();
    }
    try (Stream<Path> walk = Files.walk(root)) {
      return walk
          .filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS) || Files.isSymbolicLink(p))
          .map(p -> root.relativize(p).toString().replace('\\', '/'))
          .sorted()
          .toList();
    }
  }

  /**
   * Puts {@code from} at {@code to} without reading outside the site: a symbolic link is copied
   * as a link; a file is hard-linked (nothing copied, the original untouched), or copied where
   * hard links are not supported.
   */
  static void carry(Path from, Path to) throws IOException {
    Files.createDirectories(to.getParent());
    if (Files.isSymbolicLink(from)) {
      Files.createSymbolicLink(to, Files.readSymbolicLink(from));
      return;
    }
    try {
      Files.createLink(to, from);
    } catch (FileAlreadyExistsException e) {
      throw e;
    } catch (UnsupportedOperationException | IOException e) {
      Files.copy(from, to, StandardCopyOption.COPY_ATTRIBUTES, LinkOption.NOFOLLOW_LINKS);
    }
  }
}
