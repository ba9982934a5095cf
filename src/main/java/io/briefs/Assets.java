package io.briefs;

import io.briefs.render.FontFile;
import io.briefs.render.Fonts;
import io.briefs.site.SiteWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Copies the site's static files: the stylesheet from the templates and the bundled fonts. */
final class Assets {
  private Assets() {}

  static void copy(Path templates, Fonts fonts, SiteWriter site) throws IOException {
    site.write("assets/site.css", Files.readAllBytes(templates.resolve("assets/site.css")));
    for (FontFile f : Fonts.FILES) {
      if (!f.fallback()) {
        site.write("assets/fonts/" + f.fileName(), fonts.bytes(f));
      }
    }
  }
}
