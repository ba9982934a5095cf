package io.briefs.build;

import io.briefs.model.CompanyData;
import io.briefs.model.Corpus;
import io.briefs.model.FiscalQuarter;
import io.briefs.model.Quarter;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * Which briefs a build renders and which it carries from the published site: a brief in scope is
 * rendered unless its fingerprint and files are as the last build left them; a brief out of
 * scope keeps what the site has (or is left out when the site has nothing for it, and always in
 * a shard, which holds only its own share). A company none of whose files changed is not even
 * read: its briefs are carried as the build state lists them.
 */
public final class BuildPlan {
  /** One brief: its company and quarter. */
  public record Job(CompanyData company, Quarter quarter) {
    /** The brief's key: {@code dell/fy2026-q1}. */
    public String key() {
      return company.company().id() + "/" + quarter.period().slug();
    }
  }

  private final List<Job> render;
  private final List<String> published;

  private BuildPlan(List<Job> render, List<String> published) {
    this.render = List.copyOf(render);
    this.published = List.copyOf(published);
  }

  /** The briefs to render, in the order of the data folder. */
  public List<Job> toRender() {
    return render;
  }

  /** The keys of every brief the new site holds, rendered or carried, in the order of the data folder. */
  public List<String> published() {
    return published;
  }

  /** The files of the briefs carried from the published site, as {@code previous} lists them. */
  public List<String> carriedFiles(BuildState previous) {
    if (previous == null) {
      return List.of();
    }
    Set<String> rendered = new HashSet<>();
    render.forEach(job -> rendered.add(job.key()));
    List<String> files = new ArrayList<>();
    for (String key : published) {
      if (!rendered.contains(key)) {
        files.addAll(previous.briefs().get(key).files());
      }
    }
    return files;
  }

  /**
   * Every brief in scope rendered afresh, nothing carried: a plan that needs no fingerprints, so
   * the data folder is not hashed (validate, mail).
   */
  public static BuildPlan fresh(Corpus corpus, Scope scope, Path out) {
    return of(corpus, Set.of(), scope, null, Reuse.NONE, null, out);
  }

  /**
   * Plans a build.
   *
   * @param unread companies whose data was not read: every brief of theirs is carried (see
   *     {@link #unread})
   * @param reuse whether briefs of the published site may be carried ({@link Reuse#NONE}
   *     renders every brief in scope and publishes only those)
   * @param prints the inputs' fingerprints; null only for a {@link #fresh} plan
   * @param previous what the last build of the output folder made, or null when it has no state
   */
  public static BuildPlan of(Corpus corpus, Set<String> unread, Scope scope, @Nullable Fingerprints prints, Reuse reuse,
      @Nullable BuildState previous, Path out) {
    BuildState last = reuse == Reuse.INCREMENTAL ? previous : null;
    boolean sameSettings = last != null && last.settings().equals(prints.settings());
    Map<String, CompanyData> read = new TreeMap<>();
    corpus.companies().forEach(c -> read.put(c.company().id(), c));
    Set<String> ids = new TreeSet<>(read.keySet());
    ids.addAll(unread);
    Map<String, List<String>> keys = unread.isEmpty() ? Map.of() : byCompany(prints.briefs().keySet());
    List<Job> render = new ArrayList<>();
    List<String> published = new ArrayList<>();
    for (String id : ids) {
      CompanyData c = read.get(id);
      if (c == null) {
        published.addAll(keys.getOrDefault(id, List.of()));
        continue;
      }
      for (Quarter q : c.quarters()) {
        Job job = new Job(c, q);
        BuildState.BriefRecord had = last == null ? null : last.briefs().get(job.key());
        boolean kept = had != null && filesExist(out, had.files());
        if (scope.selects(c.company().id(), q.period(), q.reported())) {
          boolean fresh = sameSettings && kept && had.fingerprint().equals(prints.briefs().get(job.key()));
          if (!fresh || scope.force()) {
            render.add(job);
          }
        } else if (!kept || scope.shard() != null) {
          continue;
        }
        published.add(job.key());
      }
    }
    return new BuildPlan(render, published);
  }

  /**
   * How many briefs a build is likely to render, judged by fingerprints alone before anything is
   * read: all of them without a usable state or with {@code --force}, else those whose inputs
   * changed (a selection may render fewer).
   */
  public static int changed(Fingerprints prints, Reuse reuse, BuildState previous, Scope scope) {
    if (reuse == Reuse.NONE || previous == null || scope.force()
        || !previous.settings().equals(prints.settings())) {
      return prints.briefs().size();
    }
    int changed = 0;
    for (Map.Entry<String, String> e : prints.briefs().entrySet()) {
      BuildState.BriefRecord last = previous.briefs().get(e.getKey());
      if (last == null || !last.fingerprint().equals(e.getValue())) {
        changed++;
      }
    }
    return changed;
  }

  /**
   * The companies a build need not read: the settings and all of a company's files are as the
   * last build found them, and every brief of it and its page are published and still there, so
   * every one of its outputs is carried. A forced build, a shard and a build without a usable
   * state read everything.
   */
  public static Set<String> unread(Fingerprints prints, Reuse reuse, BuildState previous, Path out, Scope scope) {
    if (reuse == Reuse.NONE || previous == null || scope.force() || scope.shard() != null
        || !previous.settings().equals(prints.settings())) {
      return Set.of();
    }
    Map<String, List<String>> now = byCompany(prints.briefs().keySet());
    Map<String, List<String>> had = byCompany(previous.briefs().keySet());
    Set<String> ids = new TreeSet<>();
    prints.companies().forEach((id, print) -> {
      BuildState.Page page = previous.companies().get(id);
      List<String> keys = now.getOrDefault(id, List.of());
      if (page != null && page.fingerprint().equals(print) && keys.equals(had.get(id))
          && sameBriefs(prints, previous, keys, out) && filesExist(out, page.files())) {
        ids.add(id);
      }
    });
    return ids;
  }

  /** Whether the briefs are published from the same inputs, their files still there. */
  private static boolean sameBriefs(Fingerprints prints, BuildState previous, List<String> keys, Path out) {
    for (String key : keys) {
      BuildState.BriefRecord b = previous.briefs().get(key);
      if (!b.fingerprint().equals(prints.briefs().get(key)) || !filesExist(out, b.files())) {
        return false;
      }
    }
    return true;
  }

  /** Brief keys by company, each company's oldest period first. */
  static Map<String, List<String>> byCompany(Collection<String> keys) {
    Map<String, List<String>> out = new HashMap<>();
    for (String key : keys) {
      out.computeIfAbsent(key.substring(0, key.indexOf('/')), k -> new ArrayList<>()).add(key);
    }
    Comparator<String> byPeriod = Comparator.comparing(k -> FiscalQuarter.parseSlug(k.substring(k.indexOf('/') + 1)),
        Comparator.nullsFirst(Comparator.naturalOrder()));
    out.values().forEach(list -> list.sort(byPeriod));
    return out;
  }

  /**
   * Whether the published site is exactly what a build would make, judged by fingerprints alone
   * (nothing is parsed): same settings and file names, the same briefs (a shard's share of them)
   * from the same inputs, and their files still there.
   */
  public static boolean isUpToDate(Fingerprints prints, BuildState previous, Path out, Scope scope) {
    if (previous == null || !previous.settings().equals(prints.settings())
        || !Objects.equals(previous.layout(), prints.layout())) {
      return false;
    }
    Map<String, String> expected = new TreeMap<>();
    prints.briefs().forEach((key, print) -> {
      if (scope.shard() == null || scope.shard().holds(key)) {
        expected.put(key, print);
      }
    });
    Map<String, String> had = new TreeMap<>();
    previous.briefs().forEach((key, brief) -> had.put(key, brief.fingerprint()));
    if (!had.equals(expected)) {
      return false;
    }
    if (scope.shard() == null && !companiesMatch(prints, previous, out)) {
      return false;
    }
    return previous.briefs().values().stream().allMatch(b -> filesExist(out, b.files()));
  }

  private static boolean companiesMatch(Fingerprints prints, BuildState previous, Path out) {
    Map<String, String> had = new TreeMap<>();
    previous.companies().forEach((id, page) -> had.put(id, page.fingerprint()));
    Map<String, String> expected = new TreeMap<>(prints.companies());
    expected.keySet().retainAll(companiesWithBriefs(prints));
    return had.equals(expected) && previous.companies().values().stream().allMatch(p -> filesExist(out, p.files()));
  }

  private static Collection<String> companiesWithBriefs(Fingerprints prints) {
    return prints.briefs().keySet().stream().map(k -> k.substring(0, k.indexOf('/'))).distinct().toList();
  }

  private static boolean filesExist(Path out, List<String> files) {
    return files.stream().allMatch(f -> Files.isRegularFile(out.resolve(f), LinkOption.NOFOLLOW_LINKS));
  }
}
