package io.briefs;

import io.briefs.render.PageSize;
import java.nio.file.Path;
import java.time.Instant;

/**
 * Everything a build depends on besides the files it reads, passed in explicitly.
 *
 * @param sourceDate the date stamped into outputs ({@code SOURCE_DATE_EPOCH}), or null to use
 *     each dataset's release date
 * @param clean whether files in the output folder that briefs did not write are removed
 * @param pageSize the paper the PDFs are laid out on
 */
public record BuildOptions(Path data, Path templates, Path out, Instant sourceDate, boolean clean,
    PageSize pageSize) {

  /** Options that keep files briefs did not write, on the default paper (US Letter). */
  public BuildOptions(Path data, Path templates, Path out, Instant sourceDate) {
    this(data, templates, out, sourceDate, false, PageSize.LETTER);
  }
}
