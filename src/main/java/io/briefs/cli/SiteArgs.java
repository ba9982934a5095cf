package io.briefs.cli;

import io.briefs.config.SiteConfig;
import io.briefs.pipeline.BuildOptions;
import io.briefs.render.PageSize;
import io.briefs.site.BaseUrl;
import java.nio.file.Path;
import java.time.Instant;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * The options of every command that writes the site: output folder, paper, base URL and
 * {@code --clean}. Paper and base URL override {@code briefs.yaml}.
 */
final class SiteArgs {
  @Option(names = "--out", paramLabel = "DIR", defaultValue = "site",
      description = "Output folder (default: ${DEFAULT-VALUE}).")
  Path out;

  @Option(names = "--page-size", paramLabel = "letter|a4",
      description = "Paper of the PDFs: letter or a4 (default: page_size in " + SiteConfig.FILE + ", else letter).")
  PageSize pageSize;

  @Option(names = "--clean", description = "Also remove files in the output folder that briefs did not write.")
  boolean clean;

  @Option(names = "--base-url", paramLabel = "URL", converter = BaseUrlConverter.class,
      description = "Where the site is published, like https://example.com/briefs/ (default: base_url in "
          + SiteConfig.FILE + "): makes the feeds, the sitemap, canonical links and link previews absolute."
          + " Without one every link is relative and no sitemap is written.")
  BaseUrl baseUrl;

  /** The build's options: the project's folders and configuration, these options over it, the date. */
  BuildOptions options(ProjectArgs project, SiteConfig config, Instant sourceDate) {
    PageSize paper = pageSize != null ? pageSize : config.pageSize() != null ? config.pageSize() : PageSize.LETTER;
    BaseUrl base = baseUrl != null ? baseUrl : config.baseUrl();
    return new BuildOptions(project.data, project.templates(), out, sourceDate, clean, paper, base, config);
  }

  /** Reads {@code --base-url}; a malformed address is a usage error that says what is wrong. */
  static final class BaseUrlConverter implements CommandLine.ITypeConverter<BaseUrl> {
    @Override
    public BaseUrl convert(String value) {
      try {
        return BaseUrl.parse(value);
      } catch (IllegalArgumentException e) {
        throw new CommandLine.TypeConversionException(e.getMessage());
      }
    }
  }
}
