package io.briefs.pipeline;

import io.briefs.diag.BriefsException;
import io.briefs.diag.Diagnostic;
import io.briefs.diag.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Which folders a build may publish its site into: the one rule for every command that writes a
 * site ({@code build}, {@code merge}, {@code mail}, {@code serve}). A build replaces its output
 * folder as a whole and keeps the old one beside it for a while before deleting it, so the output
 * must be a folder of its own: not an existing file (which would be kept only as a hidden mirror,
 * then deleted), not the data or templates folder or a folder inside them (the build would write
 * into its own inputs, and the next one would fail on the files it finds there), and not a folder
 * that holds them (they would be swapped away with the old site). Checked before anything is
 * read or written.
 */
public final class OutputFolder {
  private OutputFolder() {}

  /** Refuses an output folder that breaks the rule, saying which part; touches nothing. */
  public static void check(BuildOptions options) throws BriefsException {
    List<Diagnostic> problems = problems(options.out(), options.data(), options.templates());
    if (!problems.isEmpty()) {
      throw new BriefsException(problems);
    }
  }

  /** The problems with {@code out} as the output folder of a build of {@code data} with {@code templates}. */
  static List<Diagnostic> problems(Path out, Path data, Path templates) {
    List<Diagnostic> problems = new ArrayList<>();
    if (Files.exists(out, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(out)) {
      problems.add(problem(out, "the output folder " + out + " is an existing file, not a folder: a build"
          + " replaces its output folder as a whole, so this file would be lost; give --out a folder (or a new"
          + " name)"));
      return problems;
    }
    Path site = canonical(out);
    for (Input input : List.of(new Input("data", data), new Input("templates", templates))) {
      Path folder = canonical(input.path());
      String what = "the " + input.name() + " folder " + input.path();
      if (site.equals(folder)) {
        problems.add(problem(out, "the output folder " + out + " is " + what + ": a build would write the"
            + " site into its own inputs; give --out another folder, like site"));
      } else if (site.startsWith(folder)) {
        problems.add(problem(out, "the output folder " + out + " is inside " + what + ": a build would write"
            + " the site into its own inputs; give --out a folder outside it, like site"));
      } else if (folder.startsWith(site)) {
        problems.add(problem(out, "the output folder " + out + " holds " + what + ": a build replaces its"
            + " output folder as a whole and would take it away; give --out a folder of its own, like site"));
      }
    }
    return problems;
  }

  private record Input(String name, Path path) {}

  private static Diagnostic problem(Path out, String message) {
    return new Diagnostic(out.toString(), 0, 0, Severity.ERROR, message);
  }

  /**
   * The path as the file system resolves it, links included: the real path of its nearest existing
   * ancestor with the rest appended (a folder not made yet may still lie inside another).
   */
  static Path canonical(Path path) {
    Path absolute = path.toAbsolutePath().normalize();
    Path existing = absolute;
    while (existing != null && !Files.exists(existing)) {
      existing = existing.getParent();
    }
    if (existing == null) {
      return absolute;
    }
    try {
      return existing.toRealPath().resolve(existing.relativize(absolute)).normalize();
    } catch (IOException e) {
      return absolute; // unreadable: compared as written
    }
  }
}
