package io.briefs.build;

import io.briefs.diag.BriefsException;
import io.briefs.diag.Diagnostic;
import io.briefs.diag.Severity;
import io.briefs.model.Corpus;
import io.briefs.model.FiscalQuarter;
import io.briefs.render.BriefSummary;
import io.briefs.site.SiteWriter;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The briefs of the new site, rendered or carried, with what the listings show of each and what
 * the build state records of each: the link between one build and the next.
 */
public final class Publication {
  private final List<BriefSummary> summaries;
  private final SortedMap<String, BuildState.BriefRecord> briefs;
  private final SortedMap<String, BuildState.BriefRecord> before;
  private final BuildState previous;
  private final Fingerprints prints;

  private Publication(List<BriefSummary> summaries, Map<String, BuildState.BriefRecord> briefs, BuildState previous,
      Fingerprints prints) {
    this.summaries = List.copyOf(summaries);
    this.briefs = new TreeMap<>(briefs);
    this.before = previous == null ? new TreeMap<>() : new TreeMap<>(previous.briefs());
    this.previous = previous;
    this.prints = prints;
  }

  /**
   * The briefs of a build: those just written, and those carried from the published site (whose
   * files {@link BuildPlan#carriedFiles} listed for the build to carry).
   */
  public static Publication of(BuildPlan plan, List<BriefEntry> written, BuildState previous, Fingerprints prints) {
    Map<String, BriefEntry> fresh = new LinkedHashMap<>();
    written.forEach(w -> fresh.put(w.summary().key(), w));
    List<BriefSummary> summaries = new ArrayList<>();
    Map<String, BuildState.BriefRecord> briefs = new LinkedHashMap<>();
    for (String key : plan.published()) {
      BriefEntry w = fresh.get(key);
      BuildState.BriefRecord entry = w != null
          ? new BuildState.BriefRecord(prints.briefs().get(key), w.files(), listing(w.summary()))
          : previous.briefs().get(key);
      briefs.put(key, entry);
      summaries.add(w != null ? w.summary() : summary(key, entry.listing()));
    }
    return new Publication(summaries, briefs, previous, prints);
  }

  /** What the build state keeps of a brief for the listings: plain values, the sparkline as numbers. */
  private static BuildState.Listing listing(BriefSummary b) {
    List<String> spark = null;
    if (b.spark() != null) {
      spark = new ArrayList<>();
      for (BigDecimal v : b.spark()) {
        spark.add(v == null ? null : v.toPlainString());
      }
    }
    return new BuildState.Listing(b.company(), b.shortName(), b.currency(), b.reported().toString(), b.title(),
        b.headline(), b.description(), spark);
  }

  /**
   * A brief of the build state as the listings show it (the same as when it was rendered); the
   * state was checked when read ({@link StateCheck}).
   */
  private static BriefSummary summary(String key, BuildState.Listing l) {
    int slash = key.indexOf('/');
    List<BigDecimal> spark = null;
    if (l.spark() != null) {
      spark = new ArrayList<>();
      for (String v : l.spark()) {
        spark.add(v == null ? null : new BigDecimal(v));
      }
    }
    return new BriefSummary(key.substring(0, slash), l.company(), l.shortName(), l.currency(),
        FiscalQuarter.parseSlug(key.substring(slash + 1)), LocalDate.parse(l.reported()), l.title(), l.headline(),
        l.description(), spark);
  }

  /**
   * The briefs of several shard outputs, carried into the site: every brief of the data folder
   * must come from exactly one shard built with the same settings from the same data.
   */
  public static Publication merged(Corpus corpus, List<Path> shards, BuildState previous, Fingerprints prints,
      SiteWriter site) throws BriefsException, IOException {
    Map<String, Path> from = new LinkedHashMap<>();
    Map<String, BuildState.BriefRecord> found = new LinkedHashMap<>();
    List<Diagnostic> problems = new ArrayList<>();
    for (Path shard : shards) {
      BuildState.Loaded loaded = BuildState.load(shard);
      BuildState state = loaded.state();
      if (loaded.problem() != null) {
        problems.add(new Diagnostic(shard.resolve(BuildState.FILE).toString(), 0, 0, Severity.ERROR,
            "the shard output " + shard + " has a build state that no build of this version wrote: "
                + loaded.problem() + "; build the shard again"));
      } else if (state == null) {
        problems.add(problem(shard, "is not the output of a briefs build (it has no readable "
            + BuildState.FILE + ")"));
      } else if (!state.settings().equals(prints.settings())) {
        problems.add(problem(shard, "was built with other templates, options or version of briefs than this"
            + " merge; build every shard and merge with the same ones"));
      } else {
        state.briefs().forEach((key, brief) -> {
          if (!brief.fingerprint().equals(prints.briefs().get(key))) {
            problems.add(problem(shard, "has the brief " + key + " built from other data than the data folder"
                + " holds now (or data it no longer has); build the shard again"));
          } else if (from.putIfAbsent(key, shard) == null) {
            found.put(key, brief);
          }
        });
      }
    }
    if (!problems.isEmpty()) {
      // a shard that cannot be read holds briefs no one can know: their absence is not said again
      throw new BriefsException(problems);
    }
    List<BriefSummary> summaries = new ArrayList<>();
    Map<String, BuildState.BriefRecord> briefs = new LinkedHashMap<>();
    for (var c : corpus.companies()) {
      for (var q : c.quarters()) {
        String key = new BuildPlan.Job(c, q).key();
        BuildState.BriefRecord b = found.get(key);
        if (b == null) {
          problems.add(new Diagnostic(q.file(), 0, 0, Severity.ERROR, "no shard has the brief " + key
              + "; merge the outputs of every shard (" + shards.size() + " given)"));
          continue;
        }
        for (String file : b.files()) {
          if (!site.carryFrom(from.get(key), file)) {
            problems.add(problem(from.get(key), "lacks " + file + " of the brief " + key));
          }
        }
        briefs.put(key, b);
        summaries.add(summary(key, b.listing()));
      }
    }
    if (!problems.isEmpty()) {
      throw new BriefsException(problems);
    }
    return new Publication(summaries, briefs, previous, prints);
  }

  private static Diagnostic problem(Path shard, String message) {
    return new Diagnostic(shard.toString(), 0, 0, Severity.ERROR, "the shard output " + shard + " " + message);
  }

  /** What the listings show of every brief, in the order of the data folder. */
  public List<BriefSummary> summaries() {
    return summaries;
  }

  /**
   * Whether a company's page and feed may be carried from the published site: the company's
   * files and the settings are as they were, so its briefs and their words are too.
   */
  public boolean companyUnchanged(String id) {
    if (previous == null || !previous.settings().equals(prints.settings())) {
      return false;
    }
    BuildState.Page last = previous.companies().get(id);
    String now = prints.companies().get(id);
    boolean sameBriefs = keysOf(briefs, id).equals(keysOf(before, id));
    return last != null && now != null && last.fingerprint().equals(now) && sameBriefs;
  }

  /** The keys of one company's briefs ({@code '0'} follows {@code '/'}, and ids hold neither). */
  private static Set<String> keysOf(SortedMap<String, BuildState.BriefRecord> briefs, String company) {
    return briefs.subMap(company + "/", company + "0").keySet();
  }

  /**
   * The state the new site is saved with: every brief's record, and the company pages the
   * listings wrote ({@code files}, by company id) with the warnings of each company's data.
   */
  public BuildState state(Map<String, List<String>> files, Map<String, List<BuildState.Warning>> warnings) {
    Map<String, BuildState.Page> pages = new LinkedHashMap<>();
    files.forEach((id, paths) -> pages.put(id, new BuildState.Page(prints.companies().getOrDefault(id, ""), paths,
        warnings.getOrDefault(id, List.of()))));
    return BuildState.of(prints.settings(), prints.layout(), briefs, pages);
  }
}
