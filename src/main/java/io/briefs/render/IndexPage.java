package io.briefs.render;

import java.util.List;

/**
 * The home page: every brief, newest first, and the companies covered.
 *
 * @param root the relative path from the page to the site root ("" for the home page)
 */
public record IndexPage(String lang, String title, String description, List<BriefItem> briefs, String root,
    PageMeta meta, Nav nav, List<CompanyLink> companies) {

  /** Copies the lists. */
  public IndexPage {
    briefs = List.copyOf(briefs);
    companies = List.copyOf(companies);
  }

  /** A company's page in a list: name, number of briefs (as text) and address. */
  public record CompanyLink(String name, String briefs, String href) {}
}
