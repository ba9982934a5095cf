package io.briefs.cli;

import io.briefs.pipeline.BuildOptions;
import io.briefs.render.PageSize;
import io.briefs.site.BaseUrl;
import java.nio.file.Path;
import java.time.Instant;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** The options of every command that builds the briefs: data, templates, output, paper, base URL. */
final class BuildArgs {
  @Option(names = "--data", defaultValue = "data", description = "Data folder (default: ${DEFAULT-VALUE}).")
  Path data;

  @Option(names = "--templates", defaultValue = "templates",
      description = "Templates folder (default: ${DEFAULT-VALUE}).")
  Path templates;

  @Option(names = "--out", defaultValue = "site", description = "Output folder (default: ${DEFAULT-VALUE}).")
  Path out;

  @Option(names = "--page-size", defaultValue = "letter", paramLabel = "letter|a4",
      description = "Paper of the PDFs: letter or a4 (default: ${DEFAULT-VALUE}).")
  PageSize pageSize;

  @Option(names = "--clean", description = "Also remove files in the output folder that briefs did not write.")
  boolean clean;

  @Option(names = "--base-url", paramLabel = "URL", converter = BaseUrlConverter.class,
      description = "Where the site is published, like https://example.com/briefs/: makes the feeds, the"
          + " sitemap, canonical links and link previews absolute. Without it every link is relative and"
          + " no sitemap is written.")
  BaseUrl baseUrl;

  /** The build's options with the date from the environment. */
  BuildOptions options(Instant sourceDate) {
    return new BuildOptions(data, templates, out, sourceDate, clean, pageSize, baseUrl);
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
