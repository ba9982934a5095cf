package io.briefs.serve;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

/**
 * Serves the site folder on the loopback address only (the JDK's HTTP server): GET and HEAD,
 * correct media types, the site's 404 page, the live-reload script added to HTML, and the build's
 * error page while the latest build failed. Requests naming another host are refused, so a web
 * page elsewhere cannot read the site through a rebound DNS name.
 */
final class SiteServer implements AutoCloseable {
  private static final Set<String> METHODS = Set.of("GET", "HEAD");

  private final HttpServer server;
  private final ExecutorService pool;
  private final StaticFiles files;
  private final Path site;
  private final Supplier<ServeStatus> state;

  private SiteServer(HttpServer server, ExecutorService pool, Path site, Supplier<ServeStatus> state) {
    this.server = server;
    this.pool = pool;
    this.site = site;
    this.files = new StaticFiles(site);
    this.state = state;
  }

  /** Starts serving {@code site} on 127.0.0.1 at {@code port} (0 picks a free port). */
  static SiteServer start(Path site, int port, Supplier<ServeStatus> state) throws IOException {
    HttpServer http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 16);
    ExecutorService pool = Executors.newFixedThreadPool(4, r -> {
      Thread t = new Thread(r, "briefs-serve");
      t.setDaemon(true);
      return t;
    });
    SiteServer s = new SiteServer(http, pool, site, state);
    http.createContext("/", s::handle);
    http.setExecutor(pool);
    http.start();
    return s;
  }

  /** The port the server listens on. */
  int port() {
    return server.getAddress().getPort();
  }

  private void handle(HttpExchange ex) throws IOException {
    try (ex) {
      if (!localHost(ex.getRequestHeaders())) {
        send(ex, 421, "text/plain; charset=utf-8",
            bytes("briefs serve answers only to 127.0.0.1 and localhost\n"));
        return;
      }
      if (!METHODS.contains(ex.getRequestMethod())) {
        ex.getResponseHeaders().set("Allow", "GET, HEAD");
        send(ex, 405, "text/plain; charset=utf-8", bytes("method not allowed\n"));
        return;
      }
      respond(ex, ex.getRequestURI().getRawPath());
    }
  }

  private void respond(HttpExchange ex, String path) throws IOException {
    ServeStatus current = state.get();
    if (path.equals(LiveReload.STATUS_PATH)) {
      send(ex, 200, "application/json", bytes(LiveReload.status(current)));
      return;
    }
    if (current.failed() && isPage(path)) {
      send(ex, 500, "text/html; charset=utf-8", bytes(LiveReload.inject(ErrorPage.html(current.errors()),
          current.version())));
      return;
    }
    StaticFiles.Lookup found = files.find(path);
    if (found instanceof StaticFiles.Found f) {
      send(ex, 200, f.type(), body(f.file(), f.type(), current));
    } else if (found instanceof StaticFiles.Redirect r) {
      ex.getResponseHeaders().set("Location", r.location());
      send(ex, 301, "text/plain; charset=utf-8", bytes("moved to " + r.location() + "\n"));
    } else {
      notFound(ex, current);
    }
  }

  private void notFound(HttpExchange ex, ServeStatus current) throws IOException {
    Path page = site.resolve("404.html");
    if (Files.isRegularFile(page)) {
      send(ex, 404, "text/html; charset=utf-8", body(page, "text/html", current));
    } else {
      send(ex, 404, "text/plain; charset=utf-8", bytes("not found\n"));
    }
  }

  /** A file's bytes; HTML gets the live-reload script. */
  private static byte[] body(Path file, String type, ServeStatus current) throws IOException {
    byte[] content = Files.readAllBytes(file);
    if (!type.startsWith("text/html")) {
      return content;
    }
    return bytes(LiveReload.inject(new String(content, StandardCharsets.UTF_8), current.version()));
  }

  private static void send(HttpExchange ex, int status, String type, byte[] body) throws IOException {
    Headers h = ex.getResponseHeaders();
    h.set("Content-Type", type);
    h.set("X-Content-Type-Options", "nosniff");
    h.set("Cache-Control", "no-store");
    boolean head = ex.getRequestMethod().equals("HEAD");
    ex.sendResponseHeaders(status, head ? -1 : body.length == 0 ? -1 : body.length);
    if (!head && body.length > 0) {
      try (OutputStream out = ex.getResponseBody()) {
        out.write(body);
      }
    }
  }

  /** Whether the request names this machine (or names no host at all, as HTTP/1.0 may). */
  private boolean localHost(Headers headers) {
    String host = headers.getFirst("Host");
    if (host == null) {
      return true;
    }
    String name = host.toLowerCase(Locale.ROOT).replaceFirst(":\\d+$", "");
    return name.equals("127.0.0.1") || name.equals("localhost") || name.equals("[::1]");
  }

  /** Whether a path asks for a page (not a stylesheet, image or download). */
  private static boolean isPage(String path) {
    String last = path.substring(path.lastIndexOf('/') + 1);
    return last.isEmpty() || last.endsWith(".html") || !last.contains(".");
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  @Override
  public void close() {
    server.stop(0);
    pool.shutdownNow();
  }
}
