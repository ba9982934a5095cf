package io.briefs.site;

import io.briefs.model.FiscalQuarter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Where each output lives in the site. Ids and periods become path segments only here, and only
 * after the loader validated them; every path is checked to stay inside the site.
 */
public final class SitePaths {
  private static final Pattern SEGMENT = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

  /** The home page. */
  public static final String HOME = "index.html";
  /** The site-wide Atom feed. */
  public static final String FEED = "feed.xml";
  /** The sitemap (written only with a base URL: sitemaps need absolute addresses). */
  public static final String SITEMAP = "sitemap.xml";
  /** The methodology page. */
  public static final String METHODOLOGY = "methodology/index.html";
  /** The page servers show for a missing address. */
  public static final String NOT_FOUND = "404.html";
  /** The stylesheet of the web pages. */
  public static final String STYLESHEET = "assets/site.css";
  /** The site's icon. */
  public static final String ICON = "assets/icon.svg";
  /** The site's logo (from {@code briefs.yaml}), named by its type: {@code assets/logo.svg}. */
  public static String logo(String extension) {
    return "assets/logo." + extension.toLowerCase(Locale.ROOT);
  }

  /** A brief's fact ledger, in the site and attached inside its PDF. */
  public static final String LEDGER = "data.json";
  /** A brief's figures as CSV. */
  public static final String FIGURES_CSV = "figures.csv";
  /** A brief's social card (the picture link previews show). */
  public static final String CARD = "card.png";

  /** Top-level folders of the site a company id must not take. */
  public static final Set<String> RESERVED = Set.of("assets", "methodology", "mail");

  private SitePaths() {}

  /** The folder of a company: {@code dell/}. */
  public static String companyDir(String companyId) {
    return companyId + "/";
  }

  /** The company's page. */
  public static String companyPage(String companyId) {
    return companyDir(companyId) + "index.html";
  }

  /** The company's Atom feed. */
  public static String companyFeed(String companyId) {
    return companyDir(companyId) + FEED;
  }

  /**
   * A page as a server addresses it: {@code dell/index.html} as {@code dell/}, the home page as
   * the empty string; other files unchanged.
   */
  public static String folderForm(String relative) {
    if (relative.equals(HOME)) {
      return "";
    }
    return relative.endsWith("/index.html") ? relative.substring(0, relative.length() - "index.html".length())
        : relative;
  }

  /**
   * The relative path from a page to the site root: {@code ""} for {@code index.html},
   * {@code "../../"} for {@code dell/fy2026-q1/index.html}.
   */
  public static String root(String page) {
    return "../".repeat((int) page.chars().filter(c -> c == '/').count());
  }

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
   * Every file of a brief, in the order a build writes them: ledger, figures, page, PDF, social
   * card. The build state lists exactly these, and a state that lists others is not used.
   */
  public static List<String> briefFiles(String companyId, FiscalQuarter period) {
    String dir = briefDir(companyId, period);
    return List.of(dir + LEDGER, dir + FIGURES_CSV, briefPage(companyId, period), briefPdf(companyId, period),
        dir + CARD);
  }

  /** The files of a company's page: the page and its feed. */
  public static List<String> companyFiles(String companyId) {
    return List.of(companyPage(companyId), companyFeed(companyId));
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
