package io.briefs.listing;

import io.briefs.diag.BriefsException;
import io.briefs.diag.Diagnostic;
import io.briefs.diag.Severity;
import io.briefs.render.FontFile;
import io.briefs.render.Fonts;
import io.briefs.site.SiteWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Copies the site's static files: everything in {@code templates/assets/} (stylesheets, icon and
 * whatever else the templates refer to) and the bundled fonts. Symbolic links are not followed,
 * so nothing from outside the templates folder reaches the site.
 */
public final class AssetCopier {
  private AssetCopier() {}

  /**
   * Copies the templates folder's assets, the bundled fonts and the site's logo into {@code site}.
   *
   * @param logo the logo file and its site path ({@code assets/logo.svg}), or null
   */
  public static void copy(Path templates, Fonts fonts, SiteWriter site, Path logo, String logoPath)
      throws IOException, BriefsException {
    copy(templates, fonts, site);
    if (logo != null) {
      site.write(logoPath, Files.readAllBytes(logo));
    }
  }

  /** Copies the templates folder's assets and the bundled fonts into {@code site}. */
  public static void copy(Path templates, Fonts fonts, SiteWriter site) throws IOException, BriefsException {
    Path assets = templates.resolve("assets");
    for (Path file : files(assets)) {
      String relative = assets.relativize(file).toString().replace('\\', '/');
      try {
        site.write("assets/" + relative, Files.readAllBytes(file));
      } catch (IllegalArgumentException e) {
        throw new BriefsException(List.of(new Diagnostic(file.toString(), 0, 0, Severity.ERROR,
            "an asset's name may hold only letters, digits, dots, dashes and underscores")));
      }
    }
    for (FontFile f : Fonts.FILES) {
      if (!f.fallback()) {
        site.write("assets/fonts/" + f.fileName(), fonts.bytes(f));
      }
    }
  }

  /** Whether any part of a relative path is hidden ({@code .git/...}, {@code img/.DS_Store}). */
  private static boolean hidden(Path relative) {
    for (Path part : relative) {
      if (part.toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }

  /** Regular files under {@code dir}, sorted; links and hidden files are left out. */
  private static List<Path> files(Path dir) throws IOException {
    if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
      return List.of();
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      return walk.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS))
          .filter(p -> !hidden(dir.relativize(p)))
          .sorted()
          .toList();
    }
  }
}
