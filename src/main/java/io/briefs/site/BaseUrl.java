package io.briefs.site;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * Where the site is published ({@code --base-url}): an absolute http or https address ending
 * with a slash. Feeds, the sitemap, canonical links and link-preview images are made absolute
 * against it; links between pages always stay relative, so the site also works elsewhere.
 */
public record BaseUrl(String value) {

  /** Checks the form. */
  public BaseUrl {
    if (!value.endsWith("/")) {
      throw new IllegalArgumentException("a base URL ends with a slash: " + value);
    }
  }

  /**
   * Parses what a user typed: {@code https://example.com/briefs} becomes
   * {@code https://example.com/briefs/}.
   *
   * @throws IllegalArgumentException saying what is wrong with it
   */
  public static BaseUrl parse(String text) {
    URI uri;
    try {
      uri = new URI(text.strip());
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("not a URL: `" + text + "` (" + e.getReason() + ")");
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("https") && !scheme.equals("http")) {
      throw new IllegalArgumentException(
          "the base URL must start with https:// or http://, got `" + text + "`");
    }
    if (uri.getHost() == null || uri.getRawQuery() != null || uri.getRawFragment() != null
        || uri.getRawUserInfo() != null) {
      throw new IllegalArgumentException(
          "the base URL needs a host and no user, query or fragment, like https://example.com/briefs/; got `"
              + text + "`");
    }
    String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
    String port = uri.getPort() < 0 ? "" : ":" + uri.getPort();
    String normal = scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + port + path;
    return new BaseUrl(normal.endsWith("/") ? normal : normal + "/");
  }

  /**
   * The absolute address of a site file; a folder's {@code index.html} is addressed as the
   * folder ({@code dell/fy2026-q1/}), the form servers answer and search engines index.
   */
  public String resolve(String relative) {
    return value + SitePaths.folderForm(relative);
  }
}
