package io.briefs;

import io.briefs.build.BuildState;
import io.briefs.build.Fingerprints;
import io.briefs.build.Scope;
import io.briefs.model.CompanyData;
import io.briefs.model.Corpus;
import io.briefs.model.Quarter;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Which briefs a build renders and which it carries from the published site: a brief in scope is
 * rendered unless its fingerprint and files are as the last build left them; a brief out of
 * scope keeps what the site has (or is left out when the site has nothing for it, and always in
 * a shard, which holds only its own share).
 */
final class Plan {
  /** One brief: its company and quarter. */
  record Job(CompanyData company, Quarter quarter) {
    /** The brief's key: {@code dell/fy2026-q1}. */
    String key() {
      return company.company().id() + "/" + quarter.period().slug();
    }
  }

  private final List<Job> render;
  private final List<Job> carry;
  private final List<Job> published;

  private Plan(List<Job> render, List<Job> carry, List<Job> published) {
    this.render = List.copyOf(render);
    this.carry = List.copyOf(carry);
    this.published = List.copyOf(published);
  }

  /** The briefs to render, in the order of the data folder. */
  List<Job> toRender() {
    return render;
  }

  /** The briefs whose published files are kept as they are. */
  List<Job> toCarry() {
    return carry;
  }

  /** Every brief the new site holds, in the order of the data folder. */
  List<Job> published() {
    return published;
  }

  /**
   * Plans a build.
   *
   * @param previous what the last build of the output folder made, or null to render every brief
   *     in scope
   */
  static Plan of(Corpus corpus, Scope scope, Fingerprints prints, BuildState previous, Path out) {
    boolean sameSettings = previous != null && previous.settings().equals(prints.settings());
    List<Job> render = new ArrayList<>();
    List<Job> carry = new ArrayList<>();
    List<Job> published = new ArrayList<>();
    for (CompanyData c : corpus.companies()) {
      for (Quarter q : c.quarters()) {
        Job job = new Job(c, q);
        BuildState.Brief last = previous == null ? null : previous.briefs().get(job.key());
        boolean kept = last != null && filesExist(out, last.files());
        if (scope.selects(c.company().id(), q.period(), q.reported())) {
          boolean fresh = sameSettings && kept && last.fingerprint().equals(prints.briefs().get(job.key()));
          (fresh && !scope.force() ? carry : render).add(job);
        } else if (kept && scope.shard() == null) {
          carry.add(job);
        } else {
          continue;
        }
        published.add(job);
      }
    }
    return new Plan(render, carry, published);
  }

  /**
   * Whether the published site is exactly what a build would make, judged by fingerprints alone
   * (nothing is parsed): same settings and file names, the same briefs (a shard's share of them)
   * from the same inputs, and their files still there.
   */
  static boolean isUpToDate(Fingerprints prints, BuildState previous, Path out, Scope scope) {
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
