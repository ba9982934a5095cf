package io.briefs.serve;

import io.briefs.pipeline.BuildResult;
import io.briefs.pipeline.BuildOptions;
import io.briefs.pipeline.OutputFolder;
import io.briefs.pipeline.Pipeline;
import io.briefs.diag.BriefsException;
import io.briefs.diag.Diagnostic;
import io.briefs.diag.Severity;
import java.io.IOException;
import java.time.Duration;
import java.util.List;

/**
 * {@code briefs serve}: builds the site, serves it on 127.0.0.1, and rebuilds whenever a file
 * under the data or templates folder changes; open pages reload themselves. A failed build
 * never stops the server: its diagnostics go to the log and to every page until a build works.
 */
public final class DevServer implements AutoCloseable {
  /** Where the server reports builds (the console, for the command). */
  public interface Log {
    /** A build succeeded. */
    void built(BuildResult result, Duration took);

    /** A build failed with these diagnostics. */
    void failed(List<Diagnostic> errors);
  }

  private final BuildOptions options;
  private final Log log;
  private final Object building = new Object();
  private final Object lock = new Object();
  private volatile ServeStatus state = new ServeStatus(0, List.of());
  private SiteServer server;
  private FolderWatcher watcher;

  private DevServer(BuildOptions options, Log log) {
    this.options = options;
    this.log = log;
  }

  /**
   * Builds once, then serves and watches.
   *
   * @param port the port on 127.0.0.1, or 0 for any free one
   * @throws BriefsException when the output folder may not be built into ({@link OutputFolder}:
   *     among others, one inside a watched folder would make every build start the next)
   */
  public static DevServer start(BuildOptions options, int port, Log log) throws IOException, BriefsException {
    OutputFolder.check(options);
    DevServer dev = new DevServer(options, log);
    dev.rebuild();
    dev.server = SiteServer.start(options.out(), port, () -> dev.state);
    dev.watcher = FolderWatcher.start(List.of(options.data(), options.templates()), dev::rebuild, 250);
    return dev;
  }

  /** Runs a build and publishes its outcome; one build at a time. */
  void rebuild() {
    synchronized (building) {
      long start = System.nanoTime();
      List<Diagnostic> errors;
      try {
        BuildResult result = new Pipeline(options).build();
        log.built(result, Duration.ofNanos(System.nanoTime() - start));
        errors = List.of();
      } catch (BriefsException e) {
        errors = e.diagnostics().stream().filter(d -> d.severity() == Severity.ERROR).toList();
        errors = errors.isEmpty() ? e.diagnostics() : errors;
        log.failed(errors);
      } catch (IOException | RuntimeException e) {
        errors = List.of(new Diagnostic(options.out().toString(), 0, 0, Severity.ERROR,
            "the build failed: " + e));
        log.failed(errors);
      }
      synchronized (lock) {
        state = new ServeStatus(state.version() + 1, errors);
        lock.notifyAll();
      }
    }
  }

  /** The port the server listens on. */
  public int port() {
    return server.port();
  }

  /** The site's address: {@code http://127.0.0.1:8000/}. */
  public String url() {
    return "http://127.0.0.1:" + port() + "/";
  }

  /** The number of builds run so far. */
  public long version() {
    return state.version();
  }

  /** Waits until a build after build {@code version} finished; false when the time ran out. */
  public boolean awaitBuildAfter(long version, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    synchronized (lock) {
      while (state.version() <= version) {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          return false;
        }
        lock.wait(Math.max(1, left / 1_000_000));
      }
      return true;
    }
  }

  @Override
  public void close() throws IOException {
    if (watcher != null) {
      watcher.close();
    }
    if (server != null) {
      server.close();
    }
  }
}
