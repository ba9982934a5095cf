package io.briefs.generated;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** A temporary project folder for one try (jqwik has no @TempDir); deleted when closed. */
final class Scratch implements AutoCloseable {
  private final Path root;

  Scratch() {
    try {
      root = Files.createTempDirectory("briefs-generated-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A project holding {@code company} in its data folder; returns the data folder. */
  static Path data(Scratch s, GeneratedCompany company) {
    Path data = s.root.resolve("data");
    company.writeTo(data);
    return data;
  }

  Path root() {
    return root;
  }

  @Override
  public void close() {
    try (Stream<Path> walk = Files.walk(root)) {
      walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
