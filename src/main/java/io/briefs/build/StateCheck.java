package io.briefs.build;

import io.briefs.diag.Printable;
import io.briefs.model.Company;
import io.briefs.model.GuidanceEvent;
import io.briefs.model.FiscalQuarter;
import io.briefs.site.SitePaths;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Checks a build state read back from a file against what a build writes, entry by entry. A
 * state is data from outside the build (a shard restored from a CI cache, an output folder anyone
 * may have written to), and what it says reaches the published pages and the carried files: so
 * every key is a company id and period, every file list is exactly the files a build makes of
 * that brief or company (no other path, nothing outside the site), every date a date, every hash
 * a hash, every text free of control characters, and the sparkline numbers, never markup.
 */
final class StateCheck {
  private static final Pattern HASH = Pattern.compile("[0-9a-f]{64}");
  private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");
  /** A plain decimal as {@code BigDecimal.toPlainString} writes an amount of a dataset. */
  private static final Pattern DECIMAL = Pattern.compile("-?\\d{1,40}(\\.\\d{1,40})?");
  private static final Pattern DATA_FILE = Pattern.compile("(company|fy\\d{4}-q[1-4])\\.yaml");
  /** At most the eight quarters a sparkline shows. */
  private static final int SPARK_POINTS = 8;
  /** Far beyond any file's line count (a file is at most 1 MiB). */
  private static final int MAX_LINE = 2_000_000;

  private StateCheck() {}

  /** What is wrong with {@code state}, named by its place in the file; null when nothing is. */
  static @Nullable String problem(BuildState state) {
    if (state.settings() == null || !HASH.matcher(state.settings()).matches()) {
      return "settings is not a hash";
    }
    if (state.layout() == null || !HASH.matcher(state.layout()).matches()) {
      return "layout is not a hash";
    }
    for (Map.Entry<String, BuildState.BriefRecord> e : state.briefs().entrySet()) {
      String problem = brief(e.getKey(), e.getValue());
      if (problem != null) {
        return "briefs." + quoted(e.getKey()) + problem;
      }
    }
    for (Map.Entry<String, BuildState.Page> e : state.companies().entrySet()) {
      String problem = company(e.getKey(), e.getValue());
      if (problem != null) {
        return "companies." + quoted(e.getKey()) + problem;
      }
    }
    return null;
  }

  private static @Nullable String brief(String key, BuildState.BriefRecord brief) {
    int slash = key.indexOf('/');
    String id = slash < 0 ? key : key.substring(0, slash);
    FiscalQuarter period = slash < 0 ? null : FiscalQuarter.parseSlug(key.substring(slash + 1));
    if (!isCompanyId(id) || period == null) {
      return " is not the key of a brief (a company id, a slash and a period like fy2026-q1)";
    }
    if (brief == null) {
      return " is empty";
    }
    if (brief.fingerprint() == null || !HASH.matcher(brief.fingerprint()).matches()) {
      return ".fingerprint is not a hash";
    }
    String files = files(brief.files(), SitePaths.briefFiles(id, period));
    if (files != null) {
      return files + " of that brief";
    }
    return listing(brief.listing());
  }

  private static @Nullable String listing(BuildState.@Nullable Listing l) {
    if (l == null) {
      return ".listing is missing";
    }
    String[][] texts = {{"company", l.company()}, {"shortName", l.shortName()}, {"title", l.title()},
        {"headline", l.headline()}, {"description", l.description()}};
    for (String[] t : texts) {
      if (t[1] == null || t[1].isBlank()) {
        return ".listing." + t[0] + " is missing";
      }
      int at = Printable.firstUnsafe(t[1], false);
      if (at >= 0) {
        return ".listing." + t[0] + " holds " + Printable.describe(t[1].codePointAt(at));
      }
    }
    if (l.currency() == null || !CURRENCY.matcher(l.currency()).matches()) {
      return ".listing.currency is not a currency code";
    }
    if (!isDate(l.reported())) {
      return ".listing.reported is not a date";
    }
    return spark(l.spark());
  }

  private static @Nullable String spark(@Nullable List<String> values) {
    if (values == null) {
      return null;
    }
    if (values.size() < 2 || values.size() > SPARK_POINTS) {
      return ".listing.spark has " + values.size() + " values; a sparkline has 2 to " + SPARK_POINTS;
    }
    int known = 0;
    for (int i = 0; i < values.size(); i++) {
      String v = values.get(i);
      if (v != null && !DECIMAL.matcher(v).matches()) {
        return ".listing.spark[" + i + "] is not a number";
      }
      known += v == null ? 0 : 1;
    }
    return known < 2 ? ".listing.spark has fewer than two numbers" : null;
  }

  private static @Nullable String company(String id, BuildState.Page page) {
    if (!isCompanyId(id)) {
      return " is not a company id";
    }
    if (page == null) {
      return " is empty";
    }
    if (page.fingerprint() == null || !(page.fingerprint().isEmpty() || HASH.matcher(page.fingerprint()).matches())) {
      return ".fingerprint is not a hash";
    }
    String files = files(page.files(), SitePaths.companyFiles(id));
    if (files != null) {
      return files + " of that company's page";
    }
    for (int i = 0; i < page.warnings().size(); i++) {
      String problem = warning(id, page.warnings().get(i));
      if (problem != null) {
        return ".warnings[" + i + "]" + problem;
      }
    }
    return null;
  }

  private static @Nullable String warning(String id, BuildState.Warning w) {
    if (w == null || w.file() == null || w.message() == null) {
      return " is incomplete";
    }
    String prefix = id + "/";
    if (!w.file().startsWith(prefix) || !dataFile(w.file().substring(prefix.length()))) {
      return ".file is not a data file of the company";
    }
    if (w.line() < 0 || w.line() > MAX_LINE || w.column() < 0 || w.column() > MAX_LINE) {
      return " is at no place of a file";
    }
    int at = Printable.firstUnsafe(w.message(), false);
    return at >= 0 ? ".message holds " + Printable.describe(w.message().codePointAt(at)) : null;
  }

  /** Whether a list of files is exactly what a build writes: the first stray file is named. */
  private static @Nullable String files(List<String> files, List<String> expected) {
    if (files.equals(expected)) {
      return null;
    }
    for (int i = 0; i < files.size(); i++) {
      if (!expected.contains(files.get(i))) {
        return ".files[" + i + "] is " + files.get(i) + ", which is not one of the files";
      }
    }
    return ".files does not list exactly the files (" + String.join(", ", expected) + ")";
  }

  /** A file of a company folder the loader reads: company.yaml, a quarter file or an event file. */
  private static boolean dataFile(String name) {
    return DATA_FILE.matcher(name).matches() || GuidanceEvent.dateOfFile(name) != null;
  }

  private static boolean isCompanyId(String id) {
    return Company.ID.matcher(id).matches() && !SitePaths.RESERVED.contains(id);
  }

  private static boolean isDate(String iso) {
    if (iso == null) {
      return false;
    }
    try {
      LocalDate.parse(iso);
      return true;
    } catch (DateTimeParseException e) {
      return false;
    }
  }

  /** A key as the file writes it (messages escape what it holds). */
  private static String quoted(String key) {
    return "\"" + key + "\"";
  }
}
