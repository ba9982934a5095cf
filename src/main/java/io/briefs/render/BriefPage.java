package io.briefs.render;

import java.util.List;

/**
 * What a brief template reads: every text already written and every number already formatted.
 *
 * @param root the relative path from the page to the site root ("../../")
 * @param print whether this is the print variant the PDF is made from
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
    List<SectionView> sections,
    TableView keyFigures,
    List<ChartView> charts,
    List<SourceView> sources,
    String pdfName,
    String root,
    boolean print) {

  /** The company as pages show it. */
  public record CompanyView(String id, String name, String shortName, String ticker, String exchange) {}

  /** A section: id for anchors and bookmarks, a title and its blocks. */
  public record SectionView(String id, String title, List<BlockView> blocks) {}

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

  /** An attribution: a title and a link (null when the address was not a web or mail link). */
  public record SourceView(String title, String url) {}

  /** The same page as its print variant. */
  public BriefPage forPrint() {
    return new BriefPage(lang, title, description, keywords, company, period, periodDisplay, reportedIso,
        reportedDisplay, headline, lede, sections, keyFigures, charts, sources, pdfName, root, true);
  }
}
