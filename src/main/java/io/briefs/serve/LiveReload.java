package io.briefs.serve;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Live reload by server-sent events: the script the server adds to every HTML page it sends
 * (never to the built files) listens on {@link #EVENTS_PATH}; after each build the server pushes
 * the pages that changed, and an open page among them reloads at once. A page also reloads when
 * it reconnects and finds that builds happened while it was away.
 */
final class LiveReload implements AutoCloseable {
  /** Where pages listen for events. */
  static final String EVENTS_PATH = "/__briefs/events";
  /** The state as JSON, for tools and tests. */
  static final String STATUS_PATH = "/__briefs/status";
  /** Open pages served at once; more are told to retry. */
  static final int MAX_LISTENERS = 64;
  private static final Duration WRITE_LIMIT = Duration.ofSeconds(5);

  private final List<Listener> listeners = new CopyOnWriteArrayList<>();
  private final ScheduledExecutorService heartbeat = Executors.newSingleThreadScheduledExecutor(r -> {
    Thread t = new Thread(r, "briefs-serve-events");
    t.setDaemon(true);
    return t;
  });

  private record Listener(HttpListener.Response response, OutputStream out) {}

  LiveReload() {
    // a comment line now and then: a page that went away is noticed and dropped
    heartbeat.scheduleAtFixedRate(() -> broadcast(": keep-alive\n\n"), 15, 15, TimeUnit.SECONDS);
  }

  /** The page with the script added before its closing body tag. */
  static String inject(String html, long version) {
    String script = script(version);
    int at = html.toLowerCase(Locale.ROOT).lastIndexOf("</body>");
    return at < 0 ? html + script : html.substring(0, at) + script + html.substring(at);
  }

  /** The script for a page built by build {@code version}. */
  static String script(long version) {
    return "<script>(() => {\n"
        + "  let seen = " + version + ";\n"
        + "  const here = location.pathname.replace(/index\\.html$/, '');\n"
        + "  const events = new EventSource('" + EVENTS_PATH + "');\n"
        + "  events.addEventListener('hello', (e) => {\n"
        + "    if (JSON.parse(e.data).version !== seen) location.reload();\n"
        + "  });\n"
        + "  events.addEventListener('reload', (e) => {\n"
        + "    const d = JSON.parse(e.data);\n"
        + "    seen = d.version;\n"
        + "    if (d.pages === '*' || d.pages.includes(here)) { events.close(); location.reload(); }\n"
        + "  });\n"
        + "})();</script>\n";
  }

  /** The status document. */
  static String status(ServeStatus state) {
    return "{\"version\":" + state.version() + ",\"ok\":" + !state.failed() + "}";
  }

  /** Keeps the response open as an event stream, greeted with the current build. */
  void listen(HttpListener.Response response, ServeStatus state) throws IOException {
    if (listeners.size() >= MAX_LISTENERS) {
      response.header("Retry-After", "2");
      response.send(503, "text/plain; charset=utf-8", "too many open pages\n".getBytes(StandardCharsets.UTF_8));
      return;
    }
    response.header("Cache-Control", "no-store");
    response.header("X-Content-Type-Options", "nosniff");
    OutputStream out = response.keep(200, "text/event-stream; charset=utf-8");
    Listener listener = new Listener(response, out);
    listeners.add(listener);
    write(listener, "retry: 1000\nevent: hello\ndata: {\"version\":" + state.version() + "}\n\n");
  }

  /**
   * Tells the open pages that build {@code version} changed {@code pages} (site paths as a
   * browser asks for them: {@code /dell/fy2026-q1/}), or every page when it is null.
   */
  void changed(long version, List<String> pages) {
    String list = pages == null ? "\"*\"" : pages.stream().map(p -> "\"" + p.replace("\\", "\\\\")
        .replace("\"", "\\\"") + "\"").reduce((a, b) -> a + "," + b).map(s -> "[" + s + "]").orElse("[]");
    broadcast("event: reload\ndata: {\"version\":" + version + ",\"pages\":" + list + "}\n\n");
  }

  /** How many pages listen. */
  int listeners() {
    return listeners.size();
  }

  private void broadcast(String event) {
    for (Listener l : listeners) {
      write(l, event);
    }
  }

  private void write(Listener l, String event) {
    try {
      l.response().writing(WRITE_LIMIT);
      l.out().write(event.getBytes(StandardCharsets.UTF_8));
      l.out().flush();
      l.response().written();
    } catch (IOException e) {
      listeners.remove(l);
      try {
        l.out().close();
      } catch (IOException ignored) {
        // gone
      }
    }
  }

  @Override
  public void close() {
    heartbeat.shutdownNow();
    for (Listener l : listeners) {
      try {
        l.out().close();
      } catch (IOException ignored) {
        // gone
      }
    }
    listeners.clear();
  }
}
