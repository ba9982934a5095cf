package io.briefs.site;

import io.briefs.model.FiscalQuarter;
import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * Where each output lives in the site. Ids and periods become path segments only here, and only
 * after the loader validated them; every path is checked to stay inside the site.
 */
public final class SitePaths {
  private static final Pattern SEGMENT = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

  private SitePaths() {}

  /** The folder of a brief: {@code dell/fy2026-q1/}. */
  public static String briefDir(String companyId, FiscalQuarter period) {
    return companyId + "/" + period.slug() + "/";
  }

  /** The brief's page. */
  public static String briefPage(String companyId, FiscalQuarter period) {
    return briefDir(companyId, period) + "index.html";
  }

  /** The brief's PDF file name: {@code dell-fy2026-q1.pdf}. */
  public static String pdfName(String companyId, FiscalQuarter period) {
    return companyId + "-" + period.slug() + ".pdf";
  }

  /** The brief's PDF. */
  public static String briefPdf(String companyId, FiscalQuarter period) {
    return briefDir(companyId, period) + pdfName(companyId, period);
  }

  /**
   * Resolves a site-relative path under {@code root}, refusing anything that could leave it:
   * absolute paths, empty or dot segments, and characters outside a safe set.
   */
  public static Path inside(Path root, String relative) {
    String[] segments = relative.split("/", -1);
    for (String s : segments) {
      if (!SEGMENT.matcher(s).matches() || s.equals("..") || s.equals(".")) {
        throw new IllegalArgumentException("unsafe output path: " + relative);
      }
    }
    Path resolved = root.resolve(relative).normalize();
    if (!resolved.startsWith(root)) {
      throw new IllegalArgumentException("output path leaves the site: " + relative);
    }
    return resolved;
  }
}
