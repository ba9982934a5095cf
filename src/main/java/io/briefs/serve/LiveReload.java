package io.briefs.serve;

import java.util.Locale;

/**
 * The script the server adds to every HTML page it sends (never to the built files): it asks the
 * server every second which build it is on, and reloads the page when a new build finished.
 */
final class LiveReload {
  /** Where the script asks. */
  static final String STATUS_PATH = "/__briefs/status";

  private LiveReload() {}

  /** The page with the script added before its closing body tag. */
  static String inject(String html, long version) {
    String script = script(version);
    int at = html.toLowerCase(Locale.ROOT).lastIndexOf("</body>");
    return at < 0 ? html + script : html.substring(0, at) + script + html.substring(at);
  }

  /** The script for a page built by build {@code version}. */
  static String script(long version) {
    return "<script>(() => {\n"
        + "  const built = " + version + ";\n"
        + "  const poll = () => fetch('" + STATUS_PATH + "', { cache: 'no-store' })\n"
        + "    .then((r) => r.json())\n"
        + "    .then((s) => {\n"
        + "      if (s.version !== built) { location.reload(); } else { setTimeout(poll, 1000); }\n"
        + "    })\n"
        + "    .catch(() => setTimeout(poll, 3000));\n"
        + "  setTimeout(poll, 1000);\n"
        + "})();</script>\n";
  }

  /** The status document the script reads. */
  static String status(ServeStatus state) {
    return "{\"version\":" + state.version() + ",\"ok\":" + !state.failed() + "}";
  }
}
