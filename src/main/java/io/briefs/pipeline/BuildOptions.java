package io.briefs.pipeline;

import io.briefs.config.SiteConfig;
import io.briefs.render.PageSize;
import io.briefs.site.BaseUrl;
import java.nio.file.Path;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Everything a build depends on besides the files it reads, passed in explicitly.
 *
 * @param sourceDate the date stamped into outputs ({@code SOURCE_DATE_EPOCH}), or null to use
 *     each dataset's release date
 * @param clean whether files in the output folder that briefs did not write are removed
 * @param pageSize the paper the PDFs are laid out on
 * @param baseUrl where the site is published, or null: then every address in the site is
 *     relative, no sitemap is written and the feeds link relatively
 * @param site the project's configuration ({@code briefs.yaml}): the site's name, language,
 *     accent colour and logo; {@code pageSize} and {@code baseUrl} are already resolved from it
 *     and the command line
 */
public record BuildOptions(Path data, Path templates, Path out, @Nullable Instant sourceDate, boolean clean,
    PageSize pageSize, @Nullable BaseUrl baseUrl, SiteConfig site) {

  /** Options that keep files briefs did not write, on the default paper, without a base URL. */
  public BuildOptions(Path data, Path templates, Path out, @Nullable Instant sourceDate) {
    this(data, templates, out, sourceDate, false, PageSize.LETTER, null);
  }

  /** Options of a project without {@code briefs.yaml}. */
  public BuildOptions(Path data, Path templates, Path out, @Nullable Instant sourceDate, boolean clean,
      PageSize pageSize, @Nullable BaseUrl baseUrl) {
    this(data, templates, out, sourceDate, clean, pageSize, baseUrl, SiteConfig.defaults());
  }
}
