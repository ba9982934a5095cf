package io.briefs.pipeline;

import io.briefs.build.BuildState;
import io.briefs.build.CompanyWarnings;
import io.briefs.build.Fingerprints;
import io.briefs.build.Scope;
import io.briefs.build.Timings.Stage;
import io.briefs.build.Timings;
import io.briefs.build.ToolVersion;
import io.briefs.config.SiteConfig;
import io.briefs.diag.BriefsException;
import io.briefs.diag.Diagnostic;
import io.briefs.diag.Diagnostics;
import io.briefs.load.DatasetLoader;
import io.briefs.load.StyleReader;
import io.briefs.model.Corpus;
import io.briefs.narrative.Style;
import io.briefs.render.BundledFolder;
import io.briefs.render.SiteInfo;
import io.briefs.render.Templates;
import io.briefs.site.SitePaths;
import io.briefs.validate.Validator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * What a build starts from, each part checked before anything is rendered: the fingerprints of the
 * inputs, the data folder loaded and validated, the wording rules and the templates, and the
 * engines every brief shares. {@link Pipeline} decides when each is needed.
 */
final class Preflight {
  private final BuildOptions options;
  private final Scope scope;
  private final Timings timings;

  Preflight(BuildOptions options, Scope scope, Timings timings) {
    this.options = options;
    this.scope = scope;
    this.timings = timings;
  }

  /** The fingerprints of every brief and company, and of the settings that shape them all. */
  Fingerprints fingerprints() {
    String settings = Fingerprints.settings(ToolVersion.fingerprint(), options.templates(),
        "date=" + options.sourceDate() + ";paper=" + options.pageSize() + ";base=" + options.baseUrl() + ";"
            + options.site().pageSettings() + ";logo=" + Fingerprints.hashOrEmpty(options.site().logo()));
    return Fingerprints.of(options.data(), settings);
  }

  /**
   * Loads and validates the data folder but for the companies in {@code unread}, whose warnings
   * are those the last build ({@code previous}) found in their unchanged data.
   */
  LoadResult load(Set<String> unread, BuildState previous) {
    return timings.time(Stage.LOAD, () -> {
      Diagnostics diagnostics = new Diagnostics();
      Corpus corpus = new DatasetLoader(diagnostics, scope.jobs()).load(options.data(), unread);
      new Validator(diagnostics).validate(corpus);
      if (!unread.isEmpty()) {
        CompanyWarnings.kept(previous, unread, options.data()).forEach(diagnostics::add);
      }
      return new LoadResult(corpus, diagnostics.sorted());
    });
  }

  /** {@link #load}, failing with every error found. */
  LoadResult loadOrFail(Set<String> unread, BuildState previous) throws BriefsException {
    LoadResult loaded = load(unread, previous);
    if (loaded.hasErrors()) {
      throw new BriefsException(loaded.diagnostics());
    }
    return loaded;
  }

  /** What every brief is made with, once the style file and the templates folder passed their checks. */
  RenderKit kit(RenderEngines.Startup engines) throws BriefsException, IOException {
    Style style = style();
    Templates templates = Templates.open(options.templates());
    RenderEngines e = engines.get();
    return new RenderKit(options, style, templates, e.fonts(), e.theme(), e.pdf(), siteInfo(options), timings);
  }

  /** What every page shares: the configured name, language, look and the base URL. */
  static SiteInfo siteInfo(BuildOptions options) {
    SiteConfig site = options.site();
    String logo = site.logo() == null ? null : SitePaths.logo(extension(site.logo()));
    return new SiteInfo(site.name(), site.lang(), options.baseUrl(), logo, site.accent());
  }

  private static String extension(Path file) {
    String name = file.getFileName().toString();
    return name.substring(name.lastIndexOf('.') + 1);
  }

  /** The wording rules from {@code templates/style.yaml} (or the defaults when there is none). */
  Style style() throws BriefsException {
    Diagnostics diagnostics = new Diagnostics();
    Style style = new StyleReader(diagnostics).read(options.templates().resolve("style.yaml"));
    if (style == null || diagnostics.hasErrors()) {
      throw new BriefsException(diagnostics.sorted());
    }
    return style;
  }

  /** The problems of the templates folder's {@code style.yaml} (none when it has none). */
  List<Diagnostic> styleDiagnostics() {
    Diagnostics diagnostics = new Diagnostics();
    new StyleReader(diagnostics).read(options.templates().resolve("style.yaml"));
    return diagnostics.sorted();
  }

  /** Where the wording rules came from, as the methodology page says it (no machine paths). */
  String styleSource() {
    if (BundledFolder.TEMPLATES.isExtracted(options.templates())) {
      return "style.yaml of the default templates";
    }
    return Files.exists(options.templates().resolve("style.yaml")) ? "style.yaml in the templates folder"
        : "the built-in defaults (the templates folder has no style.yaml)";
  }
}
