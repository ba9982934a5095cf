package io.briefs;

import io.briefs.build.BuildState;
import io.briefs.build.Fingerprints;
import io.briefs.build.Progress;
import io.briefs.build.Scope;
import io.briefs.build.Timings;
import io.briefs.build.Timings.Stage;
import io.briefs.build.Workers;
import io.briefs.diag.BriefsException;
import io.briefs.diag.Diagnostic;
import io.briefs.diag.Severity;
import io.briefs.model.CompanyData;
import io.briefs.model.Corpus;
import io.briefs.site.SiteWriter;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;

/**
 * The build, stage by stage: fingerprint the inputs (and stop when nothing changed), load and
 * validate the datasets (not those of companies none of whose files changed), check the words of
 * every brief to render, render them in parallel (metrics, words, charts, HTML, PDF, ledger) while
 * carrying unchanged briefs, write the listing pages, feeds and sitemap ({@link Listings}) and the
 * assets, then swap the site in. The only class that knows the order.
 */
public final class Pipeline {
  /** The name of each brief's fact ledger, in the site and inside the PDF. */
  public static final String DATA_JSON = "data.json";

  private final BuildOptions options;
  private final Scope scope;
  private final Progress progress;
  private final Timings timings;
  private final Inputs inputs;

  /** A full build of every brief with the given options, reporting nothing. */
  public Pipeline(BuildOptions options) {
    this(options, Scope.all(), Progress.quiet(), new Timings());
  }

  /** A build of the briefs in {@code scope}, reporting to {@code progress}, timed by {@code timings}. */
  public Pipeline(BuildOptions options, Scope scope, Progress progress, Timings timings) {
    this.options = options;
    this.scope = scope;
    this.progress = progress;
    this.timings = timings;
    this.inputs = new Inputs(options, scope, timings);
  }

  /** Loads and validates the data folder; the diagnostics say whether it can be built. */
  public Loaded load() {
    return inputs.load(Set.of(), null);
  }

  /** A loaded data folder and everything found wrong in it. */
  public record Loaded(Corpus corpus, List<Diagnostic> diagnostics) {
    /** Whether any diagnostic is an error. */
    public boolean hasErrors() {
      return diagnostics.stream().anyMatch(d -> d.severity() == Severity.ERROR);
    }
  }

  /**
   * What a build produced.
   *
   * @param briefs the briefs in the site
   * @param rendered how many of them were rendered (the others were unchanged)
   * @param upToDate whether the site was already what the build would make, and nothing was written
   * @param unread how many companies were not read at all (none of their files changed)
   */
  public record Result(int briefs, int rendered, boolean upToDate, List<Diagnostic> warnings, int unread) {}

  /** Every brief rendered in memory, and the warnings found on the way. */
  public record Rendered(List<RenderedBrief> briefs, List<Diagnostic> warnings) {}

  /** More files a command writes into the site for each rendered brief (such as its mail message). */
  @FunctionalInterface
  public interface Extra {
    /** Writes this brief's extra files. */
    void write(RenderedBrief brief, SiteWriter site) throws BriefsException, IOException;
  }

  /** Builds the site; briefs whose inputs did not change are carried, not rendered again. */
  public Result build() throws BriefsException, IOException {
    Fingerprints prints = inputs.fingerprints();
    BuildState previous = BuildState.read(options.out());
    // the fast path writes nothing, so it is only taken when no interrupted build left debris
    if (!scope.force() && !options.clean() && !SiteWriter.hasLeftovers(options.out())
        && Plan.isUpToDate(prints, previous, options.out(), scope)) {
      return new Result(previous.briefs().size(), 0, true,
          CompanyWarnings.kept(previous, previous.companies().keySet(), options.data()),
          previous.companies().size());
    }
    return build(null, prints, previous);
  }

  /**
   * Builds the site rendering every brief in scope, and lets {@code extra} write more files for
   * each into the same staging folder: the whole site is published at once, or not at all.
   */
  public Result build(Extra extra) throws BriefsException, IOException {
    return build(extra, inputs.fingerprints(), BuildState.read(options.out()));
  }

  private Result build(Extra extra, Fingerprints prints, BuildState previous) throws BriefsException, IOException {
    BuildState last = extra == null ? previous : null;
    Engines.Starting engines = Engines.start(Plan.changed(prints, last, scope) > scope.jobs());
    // a company none of whose files changed is not read: every output of it is carried
    Set<String> unread = extra == null ? Plan.unread(prints, previous, options.out(), scope) : Set.of();
    Loaded loaded = inputs.loadOrFail(unread, previous);
    Plan plan = Plan.of(loaded.corpus(), unread, scope, prints, last, options.out());
    Resources r = inputs.resources(loaded, plan.toRender(), engines);
    SiteWriter site = SiteWriter.begin(options.out(), options.clean());
    Carrying carrying = Carrying.none();
    ExecutorService spare = null;
    try {
      // the unchanged briefs' files are carried beside the rendering, which they do not depend on
      carrying = Carrying.start(site, plan.carriedFiles(previous));
      spare = Workers.spare(scope.jobs(), plan.toRender().size());
      BriefMaker maker = new BriefMaker(r, spare);
      progress.start(plan.toRender().size());
      List<BriefMaker.Written> written = Workers.run(scope.jobs(), plan.toRender().stream()
          .map(job -> (Workers.Task<BriefMaker.Written>) () -> make(maker, job, extra, site)).toList());
      progress.end();
      carrying.await();
      Published published = Published.of(plan, written, previous, prints);
      if (scope.shard() == null) {
        listings(r, site, published, loaded);
      }
      site.writeState(BuildState.FILE, published.state().toJson());
      site.commit();
      List<Diagnostic> warnings = new ArrayList<>(r.warnings());
      if (options.baseUrl() == null && scope.shard() == null) {
        warnings.add(Listings.withoutBaseUrl(options.out().toString()));
      }
      return new Result(published.summaries().size(), written.size(), false, warnings, unread.size());
    } catch (BriefsException | IOException | RuntimeException e) {
      carrying.awaitQuietly();
      site.abort();
      throw e;
    } finally {
      if (spare != null) {
        spare.shutdownNow();
      }
    }
  }

  private BriefMaker.Written make(BriefMaker maker, Plan.Job job, Extra extra, SiteWriter site)
      throws BriefsException, IOException {
    RenderedBrief brief = maker.render(job.company(), job.quarter());
    BriefMaker.Written w = maker.write(brief, job.company(), site);
    if (extra != null) {
      BriefMaker.guarded(job.quarter(), () -> {
        extra.write(brief, site);
        return null;
      });
    }
    progress.finished(job.company().company().id() + " " + job.quarter().period().label());
    return w;
  }

  /** Renders every brief in scope in memory and writes nothing (for commands that send them elsewhere). */
  public Rendered renderAll() throws BriefsException, IOException {
    Engines.Starting engines = Engines.start(true);
    Loaded loaded = inputs.loadOrFail(Set.of(), null);
    Plan plan = Plan.of(loaded.corpus(), Set.of(), scope, inputs.fingerprints(), null, options.out());
    Resources r = inputs.resources(loaded, plan.toRender(), engines);
    BriefMaker maker = new BriefMaker(r);
    List<RenderedBrief> all = Workers.run(scope.jobs(), plan.toRender().stream()
        .map(job -> (Workers.Task<RenderedBrief>) () -> maker.render(job.company(), job.quarter())).toList());
    return new Rendered(all, r.warnings());
  }

  /** Combines shard outputs into the site and writes the pages that list every brief. */
  public Result merge(List<java.nio.file.Path> shards) throws BriefsException, IOException {
    Engines.Starting engines = Engines.start(false); // a merge renders no brief
    Loaded loaded = inputs.loadOrFail(Set.of(), null);
    Fingerprints prints = inputs.fingerprints();
    Resources r = inputs.resources(loaded, List.of(), engines);
    SiteWriter site = SiteWriter.begin(options.out(), options.clean());
    try {
      Published published = Published.merged(loaded.corpus(), shards, BuildState.read(options.out()), prints,
          site);
      listings(r, site, published, loaded);
      site.writeState(BuildState.FILE, published.state().toJson());
      site.commit();
      return new Result(published.summaries().size(), 0, false, r.warnings(), 0);
    } catch (BriefsException | IOException | RuntimeException e) {
      site.abort();
      throw e;
    }
  }

  private void listings(Resources r, SiteWriter site, Published published, Loaded loaded)
      throws BriefsException, IOException {
    long t0 = System.nanoTime();
    Map<String, CompanyData> companies = new TreeMap<>();
    loaded.corpus().companies().forEach(c -> companies.put(c.company().id(), c));
    published.companies(new Listings(r.info(), r.templates(), site).write(companies, published.summaries(),
        r.style(), inputs.styleSource(), r.theme(), published::companyUnchanged),
        CompanyWarnings.byCompany(loaded.diagnostics(), options.data()));
    Assets.copy(options.templates(), r.fonts(), site);
    timings.add(Stage.LISTINGS, System.nanoTime() - t0);
  }
}
