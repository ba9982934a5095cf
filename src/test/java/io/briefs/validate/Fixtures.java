package io.briefs.validate;

import io.briefs.pipeline.BuildOptions;
import io.briefs.pipeline.Pipeline;
import io.briefs.cli.Trees;
import io.briefs.diag.Diagnostic;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The fixture corpus under {@code src/test/resources}: {@code invalid/<case>/} and {@code
 * valid/<case>/}, each a whole data folder ({@code data/}). An invalid case also holds {@code
 * expected.txt} (its exact diagnostics, paths relative to its data folder) and {@code schema.txt}
 * (whether the JSON Schema can express its problem); {@code grow.txt} pads a file to a size, so
 * the corpus needs no 1 MiB file.
 */
final class Fixtures {
  static final Path INVALID = Path.of("src/test/resources/invalid");
  static final Path VALID = Path.of("src/test/resources/valid");
  /** Rewrites every {@code expected.txt} from the code's output; review the diff afterwards. */
  static final boolean UPDATE = Boolean.getBoolean("briefs.golden.update");

  private Fixtures() {}

  /** The case names under a corpus folder, sorted. */
  static Stream<String> cases(Path corpus) {
    try (Stream<Path> list = Files.list(corpus)) {
      return list.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList().stream();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Copies a case's data folder under {@code work} and applies its {@code grow.txt}. */
  static Path prepare(Path fixture, Path work) throws IOException {
    Path data = work.resolve("data");
    Trees.copy(fixture.resolve("data"), data);
    Path grow = fixture.resolve("grow.txt");
    if (Files.exists(grow)) {
      for (String line : Files.readAllLines(grow, StandardCharsets.UTF_8)) {
        String[] parts = line.trim().split(" ");
        pad(data.resolve(parts[0]), Integer.parseInt(parts[1]));
      }
    }
    return data;
  }

  /** Appends YAML comment lines until the file has exactly {@code size} bytes. */
  private static void pad(Path file, int size) throws IOException {
    StringBuilder text = new StringBuilder(Files.readString(file, StandardCharsets.UTF_8));
    String line = "# padding" + " -".repeat(45) + "\n";
    while (text.length() + line.length() < size) {
      text.append(line);
    }
    int rest = size - text.length();
    text.append(rest > 1 ? "#" + " ".repeat(rest - 2) + "\n" : "\n".repeat(rest));
    Files.writeString(file, text, StandardCharsets.US_ASCII);
  }

  /** Every diagnostic of loading and validating {@code data}, as the CLI prints it. */
  static List<String> diagnostics(Path data) {
    List<Diagnostic> found = new Pipeline(new BuildOptions(data, null, null, null)).load().diagnostics();
    return found.stream().map(d -> relative(d, data)).toList();
  }

  private static String relative(Diagnostic d, Path data) {
    String root = data.toString();
    String file = d.file().equals(root) ? "."
        : d.file().startsWith(root + "/") ? d.file().substring(root.length() + 1) : d.file();
    return new Diagnostic(file, d.line(), d.column(), d.severity(), d.message()).format();
  }
}
