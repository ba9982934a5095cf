package io.briefs.render;

/**
 * A brief in a list (the home page, a company's page): links relative to the listing page.
 *
 * @param spark a small revenue chart, or null when the data has too few quarters
 */
public record BriefItem(
    String href,
    String company,
    String companyHref,
    String periodDisplay,
    String headline,
    String reportedIso,
    String reportedDisplay,
    SparkView spark) {

  /** A sparkline: inline SVG made by the code (no data text inside) and its text alternative. */
  public record SparkView(freemarker.core.TemplateHTMLOutputModel svg, String label) {}
}
