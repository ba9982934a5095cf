package io.briefs.config;

import io.briefs.render.PageSize;
import io.briefs.render.SiteInfo;
import io.briefs.site.BaseUrl;
import java.nio.file.Path;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A project's {@code briefs.yaml}, checked: every value is valid, absent ones are null (or the
 * defaults for the name and language). Command-line options override what it says.
 *
 * @param file where it was read, or null when the project has none
 * @param name the site's name: the header of every page, the feeds, the PDFs' author
 * @param lang the pages' language as a BCP 47 tag ({@code en}, {@code en-GB}, {@code de})
 * @param baseUrl where the site is published, or null
 * @param pageSize the PDFs' paper, or null for the default (Letter)
 * @param accent the colour of links and highlights as {@code #rrggbb}, or null for the templates'
 * @param logo an image file shown beside the site's name, or null
 * @param mailFrom the sender of mail messages as written ({@code Research <briefs@example.com>}),
 *     or null
 * @param unsubscribe where a recipient unsubscribes: {@code mailto:} and {@code https:} addresses,
 *     in which {@code {address}} stands for the recipient's address; empty when none is given
 */
public record SiteConfig(@Nullable Path file, String name, String lang, @Nullable BaseUrl baseUrl,
    @Nullable PageSize pageSize, @Nullable String accent, @Nullable Path logo, @Nullable String mailFrom,
    List<String> unsubscribe) {

  /** The file's name in the project folder. */
  public static final String FILE = "briefs.yaml";

  /** The language when none is configured. */
  public static final String DEFAULT_LANG = "en";

  /** Copies the list. */
  public SiteConfig {
    unsubscribe = List.copyOf(unsubscribe);
  }

  /** The configuration of a project without {@code briefs.yaml}. */
  public static SiteConfig defaults() {
    return new SiteConfig(null, SiteInfo.DEFAULT_NAME, DEFAULT_LANG, null, null, null, null, null, List.of());
  }

  /** The same configuration, read from {@code where}. */
  public SiteConfig withFile(Path where) {
    return new SiteConfig(where, name, lang, baseUrl, pageSize, accent, logo, mailFrom, unsubscribe);
  }

  /**
   * What of it shapes the site's pages (name, language, accent colour, logo file name): part of
   * every brief's fingerprint. The logo's bytes are hashed by the caller; the base URL and the
   * paper are options of the build and counted there.
   */
  public String pageSettings() {
    return "name=" + name + ";lang=" + lang + ";accent=" + accent + ";logo="
        + (logo == null ? "" : logo.getFileName());
  }
}
