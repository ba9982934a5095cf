package io.briefs.build;

import io.briefs.render.BriefSummary;
import java.util.List;

/**
 * A brief written into the new site: what the listings show of it and the files it made, which
 * the build state records so that the next build can carry them.
 */
public record BriefEntry(BriefSummary summary, List<String> files) {

  /** Copies the list. */
  public BriefEntry {
    files = List.copyOf(files);
  }
}
