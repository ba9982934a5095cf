package io.briefs.pipeline;

import io.briefs.diag.BriefsException;
import io.briefs.site.SiteWriter;
import java.io.IOException;

/** More files a command writes into the site for each rendered brief (such as its mail message). */
@FunctionalInterface
public interface ExtraFiles {
  /** No extra file: a plain build. */
  ExtraFiles NONE = (brief, site) -> { };

  /** Writes this brief's extra files. */
  void write(BriefDocuments brief, SiteWriter site) throws BriefsException, IOException;
}
