package io.briefs.cli;

import io.briefs.config.SiteConfig;
import io.briefs.render.BundledFolder;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.zip.ZipFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine;

/**
 * {@code briefs init DIR}: writes a new project (configuration, an example company, a README, the
 * GitHub workflows and the tool itself); in an existing folder only what is missing, never
 * overwriting a file.
 */
@Command(name = "init", mixinStandardHelpOptions = true,
    description = {"Write a new project into DIR: " + SiteConfig.FILE + ", data/ with an example company, a"
        + " README, .gitignore, the GitHub workflows (build and publish on GitHub Pages; check pull requests)"
        + " and briefs.jar. Then `java -jar briefs.jar build` in DIR builds its site.",
        "In a folder that holds files already, only what is missing is written (the example company only"
        + " when there is no data folder); no file is ever overwritten."})
final class InitCommand implements Callable<Integer> {
  /** The site's name a new project starts with. */
  static final String NAME = "Example Research";
  private static final String JAR = "briefs.jar";

  @Parameters(paramLabel = "DIR", arity = "0..1", defaultValue = ".",
      description = "The project folder (default: the current folder); made when missing.")
  Path dir;

  @Option(names = "--templates",
      description = "Also copy the default templates (pages, stylesheets, wording rules) into DIR/templates,"
          + " to change them.")
  boolean templates;

  @Option(names = "--name", paramLabel = "NAME",
      description = "The site's name in " + SiteConfig.FILE + " (default: " + NAME + ").")
  String name;

  @CommandLine.Mixin OutputArgs output;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (name != null && (name.isBlank() || name.length() > 100 || name.chars().anyMatch(Character::isISOControl))) {
      err.println("briefs: --name must be one line of 1 to 100 characters");
      return Main.USAGE;
    }
    if (Files.exists(dir) && !Files.isDirectory(dir)) {
      err.println("briefs: " + dir + " is a file, not a folder");
      return Main.USAGE;
    }
    List<String> written = new ArrayList<>();
    List<String> kept = new ArrayList<>();
    try {
      boolean hadData = Files.exists(dir.resolve("data"));
      Files.createDirectories(dir);
      BundledFolder project = BundledFolder.PROJECT;
      for (String file : project.files()) {
        if (file.startsWith("data/") && hadData) {
          continue;
        }
        byte[] bytes = file.equals(SiteConfig.FILE) ? config(project.read(file)) : project.read(file);
        write(target(file), bytes, written, kept);
      }
      if (templates) {
        for (String file : BundledFolder.TEMPLATES.files()) {
          write("templates/" + file, BundledFolder.TEMPLATES.read(file), written, kept);
        }
      }
      String jar = copyJar(written, kept);
      out.println((written.isEmpty() ? "wrote nothing into " : "wrote " + summary(written) + " into ") + dir
          + (kept.isEmpty() ? "" : "; kept what was there: " + summary(kept))
          + (hadData ? "; no example company (there is a data folder)" : ""));
      if (jar != null) {
        err.println("briefs: warning: " + jar);
      }
      if (!output.quiet) {
        out.println("next: " + (dir.equals(Path.of(".")) ? "" : "cd " + dir + " && ")
            + "java -jar " + JAR + " build");
      }
      return Main.OK;
    } catch (IOException e) {
      err.println("briefs: init failed: " + e.getMessage());
      return Main.FAILED;
    }
  }

  /** Where a bundled file goes: the names Maven would not package as they are. */
  private static String target(String file) {
    if (file.equals("gitignore")) {
      return ".gitignore";
    }
    if (file.startsWith("workflows/")) {
      return ".github/" + file;
    }
    return file;
  }

  private void write(String relative, byte[] bytes, List<String> written, List<String> kept) throws IOException {
    Path target = dir.resolve(relative);
    if (Files.exists(target)) {
      kept.add(relative);
      return;
    }
    Files.createDirectories(target.getParent());
    Files.write(target, bytes, StandardOpenOption.CREATE_NEW);
    written.add(relative);
  }

  /** The bundled configuration with the name given, written as a YAML string. */
  private byte[] config(byte[] bundled) {
    String text = new String(bundled, StandardCharsets.UTF_8);
    if (name != null) {
      String quoted = "\"" + name.strip().replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
      text = text.replace("name: " + NAME, "name: " + quoted);
    }
    return text.getBytes(StandardCharsets.UTF_8);
  }

  /**
   * Copies the running jar into the project as {@code briefs.jar}, which its workflows run;
   * returns a warning when there is no jar that runs alone to copy.
   */
  private String copyJar(List<String> written, List<String> kept) throws IOException {
    Path target = dir.resolve(JAR);
    if (Files.exists(target)) {
      kept.add(JAR);
      return null;
    }
    Path running;
    try {
      running = Path.of(InitCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException | SecurityException e) {
      running = null;
    }
    if (running == null || !Files.isRegularFile(running) || !selfContained(running)) {
      return "no " + JAR + " was copied: this briefs does not run from a jar that holds everything it needs;"
          + " put one (mvn -B package makes target/briefs-VERSION.jar) into " + dir + " as " + JAR
          + " for the workflows";
    }
    Files.copy(running, target, StandardCopyOption.COPY_ATTRIBUTES);
    written.add(JAR);
    return null;
  }

  /** Whether a jar holds its libraries (the runnable jar), not only the tool's classes. */
  private static boolean selfContained(Path jar) {
    try (ZipFile zip = new ZipFile(jar.toFile())) {
      return zip.getEntry("picocli/CommandLine.class") != null;
    } catch (IOException e) {
      return false;
    }
  }

  /** "briefs.yaml, README.md, data/ (6 files)": the files of each folder counted. */
  private static String summary(List<String> files) {
    Map<String, Integer> groups = new TreeMap<>();
    for (String f : files) {
      int slash = f.indexOf('/');
      groups.merge(slash < 0 ? f : f.substring(0, slash + 1), 1, Integer::sum);
    }
    List<String> parts = new ArrayList<>();
    groups.forEach((k, n) -> parts.add(k.endsWith("/") ? k + " (" + Reporter.plural(n, "file") + ")" : k));
    return String.join(", ", parts);
  }
}
