package io.briefs.serve;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Serves the site folder on the loopback address only: GET and HEAD, correct media types, the
 * site's 404 page, the live-reload script added to HTML and the event stream it listens to, pages
 * rendered ahead of a build, and the build's error page while the latest build failed. Requests
 * naming another host are refused, so a web page elsewhere cannot read the site through a rebound
 * DNS name. Its {@link HttpListener} keeps it answering whatever a slow client does.
 */
final class SiteServer implements AutoCloseable {
  private static final Set<String> METHODS = Set.of("GET", "HEAD");

  private final HttpListener listener;
  private final StaticFiles files;
  private final Path site;
  private final Supplier<ServeStatus> state;
  private final LiveReload reload;
  private final Runnable servedAhead;

  private SiteServer(Path site, Supplier<ServeStatus> state, LiveReload reload, Runnable servedAhead, int port,
      HttpListener.ConnectionLimits limits) throws IOException {
    this.site = site;
    this.files = new StaticFiles(site);
    this.state = state;
    this.reload = reload;
    this.servedAhead = servedAhead;
    this.listener = HttpListener.start(InetAddress.getLoopbackAddress(), port, this::handle, limits);
  }

  /** Starts serving {@code site} on 127.0.0.1 at {@code port} (0 picks a free port). */
  static SiteServer start(Path site, int port, Supplier<ServeStatus> state, LiveReload reload) throws IOException {
    return start(site, port, state, reload, () -> { });
  }

  /** The same, calling {@code servedAhead} each time a page rendered ahead of the build is sent. */
  static SiteServer start(Path site, int port, Supplier<ServeStatus> state, LiveReload reload, Runnable servedAhead)
      throws IOException {
    return new SiteServer(site, state, reload, servedAhead, port, HttpListener.ConnectionLimits.standard());
  }

  /** The port the server listens on. */
  int port() {
    return listener.port();
  }

  private void handle(HttpListener.Request request, HttpListener.Response response) throws IOException {
    if (!localHost(request.header("Host"))) {
      send(response, 421, "text/plain; charset=utf-8", bytes("briefs serve answers only to 127.0.0.1 and localhost\n"));
      return;
    }
    if (!METHODS.contains(request.method())) {
      response.header("Allow", "GET, HEAD");
      send(response, 405, "text/plain; charset=utf-8", bytes("method not allowed\n"));
      return;
    }
    respond(response, request.rawPath());
  }

  private void respond(HttpListener.Response response, String path) throws IOException {
    ServeStatus current = state.get();
    if (path.equals(LiveReload.STATUS_PATH)) {
      send(response, 200, "application/json", bytes(LiveReload.status(current)));
      return;
    }
    if (path.equals(LiveReload.EVENTS_PATH)) {
      reload.listen(response, current);
      return;
    }
    if (current.failed() && isPage(path)) {
      send(response, 500, "text/html; charset=utf-8",
          bytes(LiveReload.inject(ErrorPage.html(current.errors()), current.version())));
      return;
    }
    String ahead = current.ahead().get(pageOf(path));
    if (ahead != null) {
      send(response, 200, "text/html; charset=utf-8", bytes(LiveReload.inject(ahead, current.version())));
      servedAhead.run();
      return;
    }
    StaticFiles.Lookup found = files.find(path);
    if (found instanceof StaticFiles.Found f) {
      send(response, 200, f.type(), body(f.file(), f.type(), current));
    } else if (found instanceof StaticFiles.Redirect r) {
      response.header("Location", r.location());
      send(response, 301, "text/plain; charset=utf-8", bytes("moved to " + r.location() + "\n"));
    } else {
      notFound(response, current);
    }
  }

  /** The site path of a page's address ({@code /dell/fy2026-q1/} is {@code dell/fy2026-q1/index.html}). */
  private static String pageOf(String path) {
    String relative = path.startsWith("/") ? path.substring(1) : path;
    return relative.isEmpty() || relative.endsWith("/") ? relative + "index.html" : relative;
  }

  private void notFound(HttpListener.Response response, ServeStatus current) throws IOException {
    Path page = site.resolve("404.html");
    if (Files.isRegularFile(page)) {
      send(response, 404, "text/html; charset=utf-8", body(page, "text/html", current));
    } else {
      send(response, 404, "text/plain; charset=utf-8", bytes("not found\n"));
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

  private static void send(HttpListener.Response response, int status, String type, byte[] body) throws IOException {
    response.header("X-Content-Type-Options", "nosniff");
    response.header("Cache-Control", "no-store");
    response.send(status, type, body);
  }

  /** Whether the request names this machine (or names no host at all, as HTTP/1.0 may). */
  private static boolean localHost(String host) {
    if (host == null) {
      return true;
    }
    String name = host.toLowerCase(Locale.ROOT).replaceFirst(":\\d+$", "");
    return List.of("127.0.0.1", "localhost", "[::1]").contains(name);
  }

  /** Whether a path asks for a page (not a stylesheet, image or download). */
  static boolean isPage(String path) {
    String last = path.substring(path.lastIndexOf('/') + 1);
    return last.isEmpty() || last.endsWith(".html") || !last.contains(".");
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  @Override
  public void close() {
    listener.close();
  }
}
