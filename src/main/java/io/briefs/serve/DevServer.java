package io.briefs.serve;

import io.briefs.build.Progress;
import io.briefs.build.Scope;
import io.briefs.build.Timings;
import io.briefs.diag.BriefsException;
import io.briefs.diag.Diagnostic;
import io.briefs.diag.Severity;
import io.briefs.model.FiscalQuarter;
import io.briefs.pipeline.BuildOptions;
import io.briefs.pipeline.BuildResult;
import io.briefs.pipeline.OutputFolder;
import io.briefs.pipeline.PagePreview;
import io.briefs.pipeline.Pipeline;
import io.briefs.pipeline.WarmEngines;
import io.briefs.site.SitePaths;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * {@code briefs serve}: builds the site, serves it on 127.0.0.1, and rebuilds whenever a file
 * under the data or templates folder (or the configuration) changes, in one warm process whose
 * fonts and renderers are made once. When a quarter file is saved, the page of its brief is
 * rendered first and shown at once (open pages of it reload through server-sent events); the
 * incremental build follows, renders what the change touches (that brief, the company's later
 * ones, which compare with it, and the listings), and reloads the open pages it changed. A failed
 * build never stops the server: its diagnostics go to the log and to every page until a build
 * works.
 */
public final class DevServer implements AutoCloseable {
  /** Where the server reports builds (the console, for the command). */
  public interface Log {
    /** A build succeeded. */
    void built(BuildResult result, Duration took);

    /** A build failed with these diagnostics. */
    void failed(List<Diagnostic> errors);

    /** The pages of these briefs were rendered ahead of the build and shown. */
    default void shownAhead(List<String> briefs, Duration took) {}
  }

  /** The build's options, read again before every build (the configuration may have changed). */
  @FunctionalInterface
  public interface Options {
    BuildOptions get() throws BriefsException;
  }

  /** Quarter files saved at once, beyond which no page is rendered ahead: the build is as quick. */
  private static final int MOST_AHEAD = 4;
  /** Pages reported one by one to open pages; beyond this, every page reloads. */
  private static final int MOST_PAGES = 200;
  /** How long the watcher waits for a burst of saves to end. */
  static final long QUIET_MILLIS = 30;
  /**
   * How long the build waits for open pages to fetch the pages shown ahead of it: it would take
   * the cores from serving them.
   */
  private static final long FETCH_MILLIS = 300;

  private final Options source;
  private final Scope scope;
  private final Log log;
  private final WarmEngines engines = new WarmEngines();
  private final LiveReload reload = new LiveReload();
  private final Object building = new Object();
  private final Object lock = new Object();
  private volatile ServeStatus state = new ServeStatus(0, List.of(), Map.of());
  private Map<String, String> listings = Map.of();
  private BuildOptions options;
  private SiteServer server;
  private FolderWatcher watcher;
  private volatile CountDownLatch fetched = new CountDownLatch(0);
  /** Set by {@link #close()}: no build starts after it. */
  private volatile boolean closed;

  private DevServer(Options source, Scope scope, Log log) {
    this.source = source;
    this.scope = scope;
    this.log = log;
  }

  /** Builds every brief once, then serves and watches. */
  public static DevServer start(BuildOptions options, int port, Log log) throws IOException {
    return start(() -> options, null, Scope.all(), port, log);
  }

  /**
   * Builds the briefs of {@code scope} once, then serves and watches.
   *
   * @param config the configuration file to watch beside the folders, or null
   * @param port the port on 127.0.0.1, or 0 for any free one
   * @throws IllegalArgumentException when the options cannot be read, or the output folder lies
   *     inside a watched folder (each build would start the next)
   */
  public static DevServer start(Options source, @Nullable Path config, Scope scope, int port, Log log)
      throws IOException {
    BuildOptions options;
    try {
      options = source.get();
    } catch (BriefsException e) {
      throw new IllegalArgumentException(e.diagnostics().get(0).format(), e);
    }
    try {
      // one rule for the output folder, as build, merge and mail check it: among others, one inside a
      // watched folder would make every build start the next
      OutputFolder.check(options);
    } catch (BriefsException e) {
      throw new IllegalArgumentException(e.diagnostics().get(0).format(), e);
    }
    DevServer dev = new DevServer(source, scope, log);
    dev.rebuild(Set.of());
    dev.server = SiteServer.start(options.out(), port, () -> dev.state, dev.reload, () -> dev.fetched.countDown());
    dev.watcher = FolderWatcher.start(List.of(options.data(), options.templates()),
        config == null ? List.of() : List.of(config), dev::rebuild, QUIET_MILLIS);
    Thread warmUp = new Thread(dev::warmUp, "briefs-serve-warm-up");
    warmUp.setDaemon(true);
    warmUp.start();
    return dev;
  }

  /**
   * Renders one page ahead, and throws it away, so that the first page shown ahead of a build
   * does not pay for loading and compiling the code that does it (a third of a second).
   */
  private void warmUp() {
    synchronized (building) {
      Path data = options.data();
      try (Stream<Path> companies = Files.list(data)) {
        for (Path company : companies.filter(Files::isDirectory).sorted().toList()) {
          try (Stream<Path> files = Files.list(company)) {
            Path quarter = files.filter(f -> f.getFileName().toString().endsWith(".yaml"))
                .filter(f -> FiscalQuarter.parseSlug(f.getFileName().toString().replace(".yaml", "")) != null)
                .sorted().reduce((a, b) -> b).orElse(null);
            if (quarter != null) {
              pipeline().preview(company.getFileName().toString(),
                  FiscalQuarter.parseSlug(quarter.getFileName().toString().replace(".yaml", "")));
              return;
            }
          }
        }
      } catch (BriefsException | IOException | RuntimeException e) {
        // a warm-up only: the build reports what is wrong
      }
    }
  }

  /**
   * Shows the pages of the quarter files among {@code changed} (rendered ahead), then runs the
   * build and shows its outcome; one at a time.
   *
   * @param changed the paths that changed; empty for "anything may have"
   */
  void rebuild(Set<Path> changed) {
    synchronized (building) {
      if (closed) {
        return; // a change seen just before closing: the folders may be going away
      }
      long start = System.nanoTime();
      BuildOptions current;
      try {
        current = source.get();
      } catch (BriefsException e) {
        fail(e.diagnostics());
        return;
      }
      boolean sameFolders = options != null && options.out().equals(current.out());
      options = current;
      if (sameFolders) {
        showAhead(changed, start);
      }
      ServeStatus before = state;
      try {
        BuildResult result = pipeline().build();
        log.built(result, Duration.ofNanos(System.nanoTime() - start));
        List<String> pages = changedPages(result, before);
        if (before.failed() || changed.isEmpty()) {
          pages = null; // every page may show something else
        }
        publish(List.of(), Map.of(), pages);
      } catch (BriefsException e) {
        fail(e.diagnostics());
      } catch (IOException | RuntimeException e) {
        fail(List.of(new Diagnostic(options.out().toString(), 0, 0, Severity.ERROR, "the build failed: " + e)));
      }
    }
  }

  private Pipeline pipeline() {
    return new Pipeline(options, scope, Progress.quiet(), new Timings(), engines);
  }

  private void fail(List<Diagnostic> diagnostics) {
    List<Diagnostic> errors = diagnostics.stream().filter(d -> d.severity() == Severity.ERROR).toList();
    errors = errors.isEmpty() ? diagnostics : errors;
    log.failed(errors);
    publish(errors, Map.of(), null);
  }

  /** Renders and shows the pages of the saved quarter files, when the site is showing and they render. */
  private void showAhead(Set<Path> changed, long start) {
    List<String[]> quarters = quarterFiles(changed);
    if (state.failed() || quarters.isEmpty() || quarters.size() > MOST_AHEAD) {
      return;
    }
    Map<String, String> ahead = new LinkedHashMap<>();
    List<String> labels = new ArrayList<>();
    for (String[] q : quarters) {
      try {
        PagePreview page = pipeline().preview(q[0], FiscalQuarter.parseSlug(q[1]));
        ahead.put(page.sitePath(), page.html());
        labels.add(page.label());
      } catch (BriefsException | IOException | RuntimeException e) {
        return; // the build that follows reports it
      }
    }
    CountDownLatch pageFetched = new CountDownLatch(1);
    fetched = pageFetched;
    publish(List.of(), ahead, ahead.keySet().stream().map(DevServer::address).toList());
    log.shownAhead(labels, Duration.ofNanos(System.nanoTime() - start));
    if (reload.listeners() > 0) {
      try {
        pageFetched.await(FETCH_MILLIS, TimeUnit.MILLISECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /**
   * The quarter files among the paths, as company id and period slug, when nothing else changed.
   * An editor's temporary file that is gone again (saved, then renamed over the file) is no change.
   */
  private List<String[]> quarterFiles(Set<Path> changed) {
    Path data = options.data().toAbsolutePath().normalize();
    List<String[]> out = new ArrayList<>();
    for (Path p : changed) {
      Path path = p.toAbsolutePath().normalize();
      String name = path.getFileName().toString();
      if (!Files.exists(path) && !name.endsWith(".yaml")) {
        continue;
      }
      String slug = name.endsWith(".yaml") ? name.substring(0, name.length() - 5) : "";
      if (!path.startsWith(data) || data.relativize(path).getNameCount() != 2 || !Files.isRegularFile(path)
          || FiscalQuarter.parseSlug(slug) == null) {
        return List.of();
      }
      out.add(new String[] {data.relativize(path).getName(0).toString(), slug});
    }
    return out;
  }

  /**
   * The addresses of the pages a build changed: the briefs it rendered (but those shown ahead with
   * the same HTML) and the listing pages whose bytes differ from the last build's.
   */
  private List<String> changedPages(BuildResult result, ServeStatus before) throws IOException {
    Set<String> pages = new TreeSet<>();
    Path site = options.out();
    for (String brief : result.renderedBriefs()) {
      String[] parts = brief.split(" ");
      String page = SitePaths.briefPage(parts[0], FiscalQuarter.parse(parts[1]));
      String shown = before.ahead().get(page);
      Path file = site.resolve(page);
      if (shown == null || !Files.isRegularFile(file)
          || !shown.equals(Files.readString(file, StandardCharsets.UTF_8))) {
        pages.add(address(page));
      }
    }
    Map<String, String> now = listingDigests(site);
    now.forEach((page, digest) -> {
      if (!digest.equals(listings.get(page))) {
        pages.add(address(page));
      }
    });
    listings = now;
    return pages.size() > MOST_PAGES ? null : List.copyOf(pages);
  }

  /** A digest of each page that is not a brief's (home, companies, methodology, 404). */
  private static Map<String, String> listingDigests(Path site) throws IOException {
    Map<String, String> out = new HashMap<>();
    if (!Files.isDirectory(site)) {
      return out;
    }
    try (Stream<Path> walk = Files.walk(site, 2)) {
      for (Path p : walk.filter(f -> f.getFileName().toString().endsWith(".html") && Files.isRegularFile(f)).toList()) {
        out.put(site.relativize(p).toString().replace('\\', '/'), digest(Files.readAllBytes(p)));
      }
    }
    return out;
  }

  private static String digest(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  /** A site path as a browser asks for it: {@code dell/fy2026-q1/index.html} as {@code /dell/fy2026-q1/}. */
  static String address(String sitePath) {
    return "/" + (sitePath.endsWith("index.html") ? sitePath.substring(0, sitePath.length() - 10) : sitePath);
  }

  /**
   * Shows a new state and tells the open pages.
   *
   * @param pages the addresses of the pages that changed, or null for every page
   */
  private void publish(List<Diagnostic> errors, Map<String, String> ahead, @Nullable List<String> pages) {
    long version;
    synchronized (lock) {
      version = state.version() + 1;
      state = new ServeStatus(version, errors, ahead);
      lock.notifyAll();
    }
    if (pages == null || !pages.isEmpty()) {
      reload.changed(version, pages);
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

  /** The number of states shown so far (builds and pages shown ahead of them). */
  public long version() {
    return state.version();
  }

  /** Waits until a state after {@code version} is shown; false when the time ran out. */
  public boolean awaitBuildAfter(long version, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    synchronized (lock) {
      while (state.version() <= version || !state.ahead().isEmpty()) {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          return false;
        }
        lock.wait(Math.max(1, left / 1_000_000));
      }
      return true;
    }
  }

  /**
   * Stops watching and serving, once the build under way (if any) has finished; no build starts
   * after it returns, so the caller may delete the folders.
   */
  @Override
  public void close() throws IOException {
    closed = true;
    if (watcher != null) {
      watcher.close();
    }
    if (server != null) {
      server.close();
    }
    reload.close();
    synchronized (building) {
      // the build under way has finished: nothing writes into the output folder any more
    }
  }
}
