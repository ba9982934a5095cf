package io.briefs.serve;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Maps request paths to files of the site folder, refusing anything that could reach outside
 * it: dot segments, backslashes, NUL, hidden files (like the manifest) and symbolic links that
 * lead out of the folder.
 */
final class StaticFiles {
  private static final Map<String, String> TYPES = Map.ofEntries(
      Map.entry("html", "text/html; charset=utf-8"),
      Map.entry("css", "text/css; charset=utf-8"),
      Map.entry("js", "text/javascript; charset=utf-8"),
      Map.entry("json", "application/json"),
      Map.entry("xml", "application/xml"),
      Map.entry("csv", "text/csv; charset=utf-8"),
      Map.entry("txt", "text/plain; charset=utf-8"),
      Map.entry("svg", "image/svg+xml"),
      Map.entry("png", "image/png"),
      Map.entry("jpg", "image/jpeg"),
      Map.entry("jpeg", "image/jpeg"),
      Map.entry("gif", "image/gif"),
      Map.entry("webp", "image/webp"),
      Map.entry("ico", "image/x-icon"),
      Map.entry("pdf", "application/pdf"),
      Map.entry("ttf", "font/ttf"),
      Map.entry("otf", "font/otf"),
      Map.entry("woff", "font/woff"),
      Map.entry("woff2", "font/woff2"));

  private final Path root;

  StaticFiles(Path root) {
    this.root = root.toAbsolutePath().normalize();
  }

  /** What a request path leads to. */
  sealed interface Lookup {}

  /** A file to send. */
  record Found(Path file, String type) implements Lookup {}

  /** A folder asked for without its slash: send the browser to {@code location}. */
  record Redirect(String location) implements Lookup {}

  /** Nothing (or nothing that may be served) is there. */
  record Missing() implements Lookup {}

  /** Looks up a raw (still percent-encoded) request path such as {@code /dell/fy2026-q1/}. */
  Lookup find(String rawPath) throws IOException {
    String path = decode(rawPath);
    if (path == null || !path.startsWith("/") || path.indexOf('\\') >= 0 || path.indexOf('\0') >= 0) {
      return new Missing();
    }
    String relative = path.substring(1);
    for (String segment : relative.split("/", -1)) {
      if (segment.equals("..") || segment.equals(".") || segment.startsWith(".")) {
        return new Missing();
      }
    }
    Path target = root.resolve(relative).normalize();
    if (!target.startsWith(root) || !Files.exists(target)) {
      return new Missing();
    }
    if (Files.isDirectory(target)) {
      if (!relative.isEmpty() && !relative.endsWith("/")) {
        return new Redirect(path + "/");
      }
      target = target.resolve("index.html");
    }
    if (!Files.isRegularFile(target) || !inside(target)) {
      return new Missing();
    }
    return new Found(target, type(target.getFileName().toString()));
  }

  /** Whether the file, links resolved, is still in the site folder. */
  private boolean inside(Path file) throws IOException {
    if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
      return false;
    }
    return file.toRealPath().startsWith(root.toRealPath());
  }

  /** The media type of a file name; feeds are Atom. */
  static String type(String name) {
    if (name.equals("feed.xml")) {
      return "application/atom+xml";
    }
    int dot = name.lastIndexOf('.');
    String ext = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    return TYPES.getOrDefault(ext, "application/octet-stream");
  }

  /** The path with percent-escapes decoded, or null when it is malformed. */
  private static String decode(String rawPath) {
    try {
      return new URI(rawPath).getPath();
    } catch (URISyntaxException e) {
      return null;
    }
  }
}
