package io.briefs.render;

import java.util.List;

/**
 * What a brief template reads: every text already written and every number already formatted.
 *
 * @param root the relative path from the page to the site root ("../../")
 * @param print whether this is the print variant the PDF is made from
 * @param card the social preview image (its URL relative to the page); the head metadata carries it
 *     as the link-preview image, absolute when the site has a base URL
 * @param meta the web page's head metadata (link previews, feeds, structured data)
 * @param nav the site's header and footer links, relative to the page
 * @param downloads the brief's files: the PDF, its figures as CSV, its fact ledger
 * @param takeaways the points under the lede, one sentence each
 * @param charts every chart in page order; each is also in the section it illustrates, and the
 *     print variant gathers their data tables in an appendix
 */
public record BriefPage(
    String lang,
    String title,
    String description,
    String keywords,
    CompanyView company,
    String period,
    String periodDisplay,
    String reportedIso,
    String reportedDisplay,
    String headline,
    String lede,
    List<String> takeaways,
    List<SectionView> sections,
    TableView keyFigures,
    List<ChartView> charts,
    List<SourceView> sources,
    String pdfName,
    String root,
    boolean print,
    CardView card,
    PageMeta meta,
    Nav nav,
    List<DownloadView> downloads) {

  /** The company as pages show it; {@code href} is its page, relative to the page showing it. */
  public record CompanyView(String id, String name, String shortName, String ticker, String exchange,
      String href) {}

  /**
   * A section: id for anchors and bookmarks, a title, its blocks and the charts that illustrate
   * it (shown after its first block; {@link ChartPlaces} decides which).
   */
  public record SectionView(String id, String title, List<BlockView> blocks, List<ChartView> charts) {}

  /** The charts no section of this brief illustrates (only when it has no section to hold them). */
  public List<ChartView> looseCharts() {
    List<String> placed = sections.stream().flatMap(s -> s.charts().stream()).map(ChartView::id).toList();
    return charts.stream().filter(c -> !placed.contains(c.id())).toList();
  }

  /**
   * A block of a section, by {@code kind}: "paragraph" (text), "list" (items), "quote" (text and
   * attribution) or "markup" (html: editorial Markdown already rendered and sanitised).
   */
  public record BlockView(String kind, String text, List<String> items, String attribution,
      freemarker.core.TemplateHTMLOutputModel html) {}

  /** A table: caption, column headings, rows of a label and cells. */
  public record TableView(String caption, List<String> columns, List<RowView> rows) {}

  /** A table row. */
  public record RowView(String label, List<String> cells) {}

  /**
   * The social preview image: its URL (relative to the page), size in pixels as text for the
   * meta tags, and its text alternative.
   */
  public record CardView(String url, String width, String height, String alt) {}

  /** An attribution: a title and a link (null when the address was not a web or mail link). */
  public record SourceView(String title, String url) {}

  /** A file to download: what it is, its address relative to the page and its media type. */
  public record DownloadView(String label, String href, String type) {}

  /** The same page as its print variant. */
  public BriefPage forPrint() {
    return new BriefPage(lang, title, description, keywords, company, period, periodDisplay, reportedIso,
        reportedDisplay, headline, lede, takeaways, sections, keyFigures, charts, sources, pdfName, root, true, card, meta,
        nav, downloads);
  }
}
