package io.briefs.render;

import java.util.List;

/** The home page: every brief, newest first. */
public record IndexPage(String lang, String title, String description, List<BriefLink> briefs, String root) {

  /** One brief in a list. */
  public record BriefLink(
      String href, String company, String periodDisplay, String headline, String reportedIso,
      String reportedDisplay) {}
}
