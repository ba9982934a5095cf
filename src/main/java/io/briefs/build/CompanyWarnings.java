package io.briefs.build;

import io.briefs.diag.Diagnostic;
import io.briefs.diag.Severity;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The warnings of each company's data, kept in the build state so that a build which does not
 * read a company again still reports them: a warning stays on screen until its data is fixed.
 */
public final class CompanyWarnings {
  private CompanyWarnings() {}

  /**
   * The warnings about files inside a company's folder, by company id, their paths relative to
   * the data folder (a later build may name the data folder another way).
   */
  public static Map<String, List<BuildState.Warning>> byCompany(List<Diagnostic> diagnostics, Path data) {
    Map<String, List<BuildState.Warning>> out = new TreeMap<>();
    for (Diagnostic d : diagnostics) {
      Path file = Path.of(d.file());
      if (d.severity() == Severity.WARNING && file.startsWith(data) && file.getNameCount() > data.getNameCount() + 1) {
        Path relative = data.relativize(file);
        out.computeIfAbsent(relative.getName(0).toString(), k -> new ArrayList<>()).add(new BuildState.Warning(
            relative.toString().replace('\\', '/'), d.line(), d.column(), d.message()));
      }
    }
    return out;
  }

  /**
   * The warnings the last build found in the data of {@code ids}, as diagnostics of {@code data}'s
   * files; none without a last build.
   */
  public static List<Diagnostic> kept(@Nullable BuildState previous, Collection<String> ids, Path data) {
    List<Diagnostic> out = new ArrayList<>();
    if (previous == null) {
      return out;
    }
    for (String id : ids) {
      BuildState.Page page = previous.companies().get(id);
      if (page != null) {
        page.warnings().forEach(w -> out.add(new Diagnostic(data.resolve(w.file()).toString(), w.line(),
            w.column(), Severity.WARNING, w.message())));
      }
    }
    return out;
  }
}
