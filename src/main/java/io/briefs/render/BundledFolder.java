package io.briefs.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * A folder of files bundled in the jar: the default templates (used by a project without a
 * templates folder, copied by {@code briefs init --templates}) and the files of a new project. The
 * same code reads them from the jar and, in development and tests, from the classes folder.
 */
public final class BundledFolder {
  /** The default templates: the repository's {@code templates/}, packaged. */
  public static final BundledFolder TEMPLATES = new BundledFolder("briefs/templates/");
  /** What {@code briefs init} writes: configuration, example data, README, workflows. */
  public static final BundledFolder PROJECT = new BundledFolder("briefs/init/");

  private final String prefix;
  private Path extracted;

  private BundledFolder(String prefix) {
    this.prefix = prefix;
  }

  /** Every file's path relative to the folder, with {@code /} separators, sorted. */
  public List<String> files() {
    URL root = BundledFolder.class.getClassLoader().getResource(prefix);
    if (root == null) {
      throw new IllegalStateException("bundled folder " + prefix + " is missing from the jar");
    }
    try {
      List<String> out = new ArrayList<>();
      if (root.getProtocol().equals("jar")) {
        JarURLConnection connection = (JarURLConnection) root.openConnection();
        connection.setUseCaches(false);
        try (JarFile jar = connection.getJarFile()) {
          for (Enumeration<JarEntry> e = jar.entries(); e.hasMoreElements(); ) {
            String name = e.nextElement().getName();
            if (name.startsWith(prefix) && !name.endsWith("/")) {
              out.add(name.substring(prefix.length()));
            }
          }
        }
      } else {
        Path dir = Path.of(root.toURI());
        try (Stream<Path> walk = Files.walk(dir)) {
          walk.filter(Files::isRegularFile).forEach(p -> out.add(dir.relativize(p).toString().replace('\\', '/')));
        }
      }
      out.sort(Comparator.naturalOrder());
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException("bundled folder " + prefix + " has no file address", e);
    }
  }

  /** A file's bytes. */
  public byte[] read(String relative) {
    return Bundled.read(prefix + relative);
  }

  /** Writes every file into {@code dir} (its folders made as needed); nothing is overwritten. */
  public void copyTo(Path dir) throws IOException {
    for (String file : files()) {
      Path target = dir.resolve(file);
      Files.createDirectories(target.getParent());
      Files.write(target, read(file), StandardOpenOption.CREATE_NEW);
    }
  }

  /**
   * The files in a folder of their own, for code that reads a folder: written once per run into a
   * temporary folder that is removed when the program ends.
   */
  public synchronized Path extracted() throws IOException {
    if (extracted == null) {
      Path dir = Files.createTempDirectory("briefs-bundled-");
      copyTo(dir);
      Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(dir), "briefs-bundled-cleanup"));
      extracted = dir;
    }
    return extracted;
  }

  /** Whether {@code dir} is this folder's extracted copy. */
  public synchronized boolean isExtracted(Path dir) {
    return extracted != null && dir.toAbsolutePath().normalize().equals(extracted);
  }

  private static void delete(Path dir) {
    try (Stream<Path> walk = Files.walk(dir)) {
      walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // the system's temporary folder is cleaned up by the system
    }
  }
}
