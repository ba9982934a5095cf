package io.briefs;

import java.nio.file.Path;
import java.time.Instant;

/**
 * Everything a build depends on besides the files it reads, passed in explicitly.
 *
 * @param sourceDate the date stamped into outputs ({@code SOURCE_DATE_EPOCH}), or null to use
 *     each dataset's release date
 */
public record BuildOptions(Path data, Path templates, Path out, Instant sourceDate) {}
