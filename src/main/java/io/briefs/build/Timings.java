package io.briefs.build;

import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;

/**
 * Time spent in each stage, summed over all briefs and threads (CPU-side wall time per stage),
 * for {@code --timings} and the benchmark. Thread-safe.
 */
public final class Timings {
  /** The stages of a build. */
  public enum Stage {
    LOAD, METRICS, NARRATIVE, CHARTS, HTML, PDF, WRITE, LISTINGS
  }

  private final Map<Stage, LongAdder> nanos = new EnumMap<>(Stage.class);
  private final long start = System.nanoTime();

  /** Empty timers. */
  public Timings() {
    for (Stage s : Stage.values()) {
      nanos.put(s, new LongAdder());
    }
  }

  /** Runs {@code work} and adds its time to {@code stage}. */
  public <T> T time(Stage stage, Supplier<T> work) {
    long t = System.nanoTime();
    try {
      return work.get();
    } finally {
      nanos.get(stage).add(System.nanoTime() - t);
    }
  }

  /** Adds time measured elsewhere. */
  public void add(Stage stage, long elapsedNanos) {
    nanos.get(stage).add(elapsedNanos);
  }

  /** Writes {@code {"briefs": n, "rendered": r, "wall_ms": w, "stages_ms": {...}}} to {@code file}. */
  public void write(Path file, int briefs, int rendered) throws IOException {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("briefs", briefs);
    out.put("rendered", rendered);
    out.put("wall_ms", (System.nanoTime() - start) / 1_000_000);
    Map<String, Long> stages = new LinkedHashMap<>();
    nanos.forEach((s, n) -> stages.put(s.name().toLowerCase(Locale.ROOT), n.sum() / 1_000_000));
    out.put("stages_ms", stages);
    Files.writeString(file, JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build()
        .writeValueAsString(out) + "\n");
  }
}
