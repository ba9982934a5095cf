package io.briefs.pipeline;

import io.briefs.build.BriefEntry;
import io.briefs.build.BuildPlan;
import io.briefs.build.BuildState;
import io.briefs.build.Carrier;
import io.briefs.build.CompanyWarnings;
import io.briefs.build.Fingerprints;
import io.briefs.build.Progress;
import io.briefs.build.Publication;
import io.briefs.build.Reuse;
import io.briefs.build.Scope;
import io.briefs.build.Timings.Stage;
import io.briefs.build.Timings;
import io.briefs.build.Workers;
import io.briefs.diag.BriefsException;
import io.briefs.diag.Diagnostic;
import io.briefs.diag.Diagnostics;
import io.briefs.diag.Severity;
import io.briefs.listing.AssetCopier;
import io.briefs.listing.ListingWriter;
import io.briefs.model.CompanyData;
import io.briefs.model.FiscalQuarter;
import io.briefs.model.Quarter;
import io.briefs.model.SourceLoc;
import io.briefs.site.SitePaths;
import io.briefs.site.SiteWriter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;

/**
 * The build, stage by stage, and the only class that knows their order: fingerprint the inputs
 * (and stop when nothing changed), load and validate the datasets (not those of companies none of
 * whose files changed), plan which briefs to render, check the words of every one of them, render
 * them in parallel while the unchanged ones are carried, write the listings (home, company pages,
 * feeds, sitemap) and the assets, then publish the new site in one swap.
 */
public final class Pipeline {
  private final BuildOptions options;
  private final Scope scope;
  private final Progress progress;
  private final Timings timings;
  private final Preflight preflight;
  private final WarmEngines warm;
  /** Why the output folder's state was not used, said with the build's warnings. */
  private final List<Diagnostic> stateWarnings = new ArrayList<>();

  /** A full build of every brief with the given options, reporting nothing. */
  public Pipeline(BuildOptions options) {
    this(options, Scope.all(), Progress.quiet(), new Timings());
  }

  /** A build of the briefs in {@code scope}, reporting to {@code progress}, timed by {@code timings}. */
  public Pipeline(BuildOptions options, Scope scope, Progress progress, Timings timings) {
    this(options, scope, progress, timings, null);
  }

  /** A build that uses the engines of a long-running process (null: its own). */
  public Pipeline(BuildOptions options, Scope scope, Progress progress, Timings timings, WarmEngines warm) {
    this.options = options;
    this.scope = scope;
    this.progress = progress;
    this.timings = timings;
    this.warm = warm;
    this.preflight = new Preflight(options, scope, timings);
  }

  private RenderEngines.Startup engines(boolean warmUp) {
    return warm != null ? warm.startup() : RenderEngines.start(warmUp);
  }

  /** Loads and validates the data folder; the diagnostics say whether it can be built. */
  public LoadResult load() {
    return preflight.load(Set.of(), null);
  }

  /**
   * Everything {@link #build} checks short of rendering: the data folder, loaded and validated,
   * the templates folder's wording rules ({@code style.yaml}), then (when those hold) the words of
   * every brief in scope, commentary and consistency gate alike. Nothing is rendered or written;
   * the same data gives the same diagnostics as a build.
   */
  public LoadResult check() throws BriefsException, IOException {
    LoadResult loaded = load();
    List<Diagnostic> all = new ArrayList<>(preflight.styleDiagnostics());
    all.addAll(loaded.diagnostics());
    if (all.stream().noneMatch(d -> d.severity() == Severity.ERROR)) {
      BuildPlan plan = BuildPlan.fresh(loaded.corpus(), scope, options.out());
      all.addAll(new WordCheck(new Drafter(preflight.style(), timings), scope.jobs()).findings(plan.toRender()));
    }
    return new LoadResult(loaded.corpus(), all.stream().sorted().toList());
  }

  /** Builds the site; briefs whose inputs did not change are carried, not rendered again. */
  public BuildResult build() throws BriefsException, IOException {
    OutputFolder.check(options);
    Fingerprints prints = preflight.fingerprints();
    BuildState previous = previous();
    // the fast path writes nothing, so it is only taken when no interrupted build left debris
    if (!scope.force() && !options.clean() && !SiteWriter.hasLeftovers(options.out())
        && BuildPlan.isUpToDate(prints, previous, options.out(), scope)) {
      return new BuildResult(previous.briefs().size(), 0, true,
          CompanyWarnings.kept(previous, previous.companies().keySet(), options.data()),
          previous.companies().size());
    }
    return build(Reuse.INCREMENTAL, ExtraFiles.NONE, prints, previous);
  }

  /**
   * Builds the site rendering every brief in scope, and lets {@code extra} write more files for
   * each into the same staging folder: the whole site is published at once, or not at all.
   */
  public BuildResult build(ExtraFiles extra) throws BriefsException, IOException {
    OutputFolder.check(options);
    return build(Reuse.NONE, extra, preflight.fingerprints(), previous());
  }

  /**
   * What the last build of the output folder made, when its state can be used; a state this
   * version did not write (edited, or planted) is ignored with a warning, and every brief is built.
   */
  private BuildState previous() {
    stateWarnings.clear();
    BuildState.Loaded loaded = BuildState.load(options.out());
    if (loaded.problem() != null) {
      stateWarnings.add(new Diagnostic(options.out().resolve(BuildState.FILE).toString(), 0, 0, Severity.WARNING,
          "the build state is not one this version of briefs wrote (" + loaded.problem() + "); it was ignored"
              + " and every brief built again"));
    }
    return loaded.state();
  }

  private BuildResult build(Reuse reuse, ExtraFiles extra, Fingerprints prints, BuildState previous)
      throws BriefsException, IOException {
    RenderEngines.Startup engines = engines(BuildPlan.changed(prints, reuse, previous, scope) > scope.jobs());
    // a company none of whose files changed is not read: every output of it is carried
    Set<String> unread = BuildPlan.unread(prints, reuse, previous, options.out(), scope);
    LoadResult loaded = preflight.loadOrFail(unread, previous);
    BuildPlan plan = BuildPlan.of(loaded.corpus(), unread, scope, prints, reuse, previous, options.out());
    RenderKit kit = preflight.kit(engines);
    List<Diagnostic> warnings = new ArrayList<>(stateWarnings);
    warnings.addAll(loaded.warnings());
    Optional<ExecutorService> spare = Workers.spare(scope.jobs(), plan.toRender().size());
    try {
      BriefRenderer renderer = new BriefRenderer(kit, spare.map(Executor.class::cast));
      warnings.addAll(new WordCheck(new Drafter(kit.style(), timings), scope.jobs()).run(plan.toRender()));
      SiteWriter site = SiteWriter.begin(options.out(), options.clean());
      Carrier carrier = Carrier.none();
      try {
        // the unchanged briefs' files are carried beside the rendering, which they do not depend on
        carrier = Carrier.start(site, plan.carriedFiles(previous));
        List<BriefEntry> written = render(renderer, new BriefFiles(kit.theme(), timings), plan, extra, site);
        carrier.await();
        Publication publication = Publication.of(plan, written, previous, prints);
        publish(kit, site, publication, loaded);
        List<String> notes = options.baseUrl() == null && scope.shard() == null
            ? List.of(ListingWriter.WITHOUT_BASE_URL) : List.of();
        return new BuildResult(publication.summaries().size(), written.size(), false, warnings, unread.size(),
            plan.toRender().stream().map(j -> j.company().company().id() + " " + j.quarter().period().label())
                .toList(), notes);
      } catch (BriefsException | IOException | RuntimeException e) {
        carrier.awaitQuietly();
        site.abort();
        throw e;
      }
    } finally {
      spare.ifPresent(ExecutorService::shutdownNow);
    }
  }

  /** Renders the planned briefs in parallel, each written to the site as soon as it is done. */
  private List<BriefEntry> render(BriefRenderer renderer, BriefFiles files, BuildPlan plan, ExtraFiles extra,
      SiteWriter site) throws BriefsException, IOException {
    progress.start(plan.toRender().size());
    List<BriefEntry> written = Workers.run(scope.jobs(), plan.toRender().stream()
        .map(job -> (Workers.Task<BriefEntry>) () -> {
          BriefDocuments brief = renderer.render(job.company(), job.quarter());
          BriefEntry entry = files.write(brief, job.company(), site);
          BriefFailures.guarded(job.quarter(), () -> {
            extra.write(brief, site);
            return null;
          });
          progress.finished(job.company().company().id() + " " + job.quarter().period().label());
          return entry;
        }).toList());
    progress.end();
    return written;
  }

  /** Renders every brief in scope in memory and writes nothing (for commands that send them elsewhere). */
  public BriefBatch renderAll() throws BriefsException, IOException {
    RenderEngines.Startup engines = engines(true);
    LoadResult loaded = preflight.loadOrFail(Set.of(), null);
    BuildPlan plan = BuildPlan.fresh(loaded.corpus(), scope, options.out());
    RenderKit kit = preflight.kit(engines);
    BriefRenderer renderer = new BriefRenderer(kit, Optional.empty());
    List<Diagnostic> warnings = new ArrayList<>(loaded.warnings());
    warnings.addAll(new WordCheck(new Drafter(kit.style(), timings), scope.jobs()).run(plan.toRender()));
    List<BriefDocuments> all = Workers.run(scope.jobs(), plan.toRender().stream()
        .map(job -> (Workers.Task<BriefDocuments>) () -> renderer.render(job.company(), job.quarter())).toList());
    return new BriefBatch(all, warnings);
  }

  /**
   * Renders the web page of one brief ahead of a build, as the build will write it: its company's
   * data is read and checked, its words pass the same checks, and nothing is written. The other
   * companies are not read.
   *
   * @throws BriefsException with the problems that would stop the build
   */
  public PagePreview preview(String companyId, FiscalQuarter period) throws BriefsException, IOException {
    RenderEngines.Startup engines = engines(false);
    // the other companies are only named, never read or hashed: a preview runs on every save, and
    // their warnings (kept from the last build) are the build's to report
    Set<String> others = new TreeSet<>(Fingerprints.companyIds(options.data()));
    others.remove(companyId);
    LoadResult loaded = preflight.loadOrFail(others, null);
    CompanyData company = loaded.corpus().companies().stream().filter(c -> c.company().id().equals(companyId))
        .findFirst().orElseThrow(() -> new BriefsException(List.of(Diagnostic.error(
            SourceLoc.file(options.data().resolve(companyId).toString()), "no such company"))));
    Quarter quarter = company.quarters().stream().filter(q -> q.period().equals(period)).findFirst()
        .orElseThrow(() -> new BriefsException(List.of(Diagnostic.error(
            SourceLoc.file(options.data().resolve(companyId).toString()), "no quarter " + period))));
    RenderKit kit = preflight.kit(engines);
    String html = new BriefRenderer(kit, Optional.empty()).checkedWebPage(company, quarter);
    return new PagePreview(SitePaths.briefPage(companyId, period),
        companyId + " " + period.label(), html);
  }

  /** Combines shard outputs into the site and writes the pages that list every brief. */
  public BuildResult merge(List<Path> shards) throws BriefsException, IOException {
    OutputFolder.check(options);
    RenderEngines.Startup engines = engines(false); // a merge renders no brief
    LoadResult loaded = preflight.loadOrFail(Set.of(), null);
    Fingerprints prints = preflight.fingerprints();
    RenderKit kit = preflight.kit(engines);
    SiteWriter site = SiteWriter.begin(options.out(), options.clean());
    try {
      Publication publication = Publication.merged(loaded.corpus(), shards, previous(), prints, site);
      publish(kit, site, publication, loaded);
      List<Diagnostic> warnings = new ArrayList<>(stateWarnings);
      warnings.addAll(loaded.warnings());
      return new BuildResult(publication.summaries().size(), 0, false, warnings, 0);
    } catch (BriefsException | IOException | RuntimeException e) {
      site.abort();
      throw e;
    }
  }

  /**
   * Writes the listings (a shard has none) and the assets, saves the build state and swaps the new
   * site in.
   */
  private void publish(RenderKit kit, SiteWriter site, Publication publication, LoadResult loaded)
      throws BriefsException, IOException {
    Map<String, List<String>> companyFiles = Map.of();
    if (scope.shard() == null) {
      long t0 = System.nanoTime();
      Map<String, CompanyData> companies = new TreeMap<>();
      loaded.corpus().companies().forEach(c -> companies.put(c.company().id(), c));
      companyFiles = new ListingWriter(kit.info(), kit.templates(), site).write(companies,
          publication.summaries(), kit.style(), preflight.styleSource(), kit.theme(),
          publication::companyUnchanged);
      AssetCopier.copy(options.templates(), kit.fonts(), site, options.site().logo(), kit.info().logo());
      timings.add(Stage.LISTINGS, System.nanoTime() - t0);
    }
    site.writeState(BuildState.FILE, publication.state(companyFiles,
        CompanyWarnings.byCompany(loaded.diagnostics(), options.data())).toJson());
    site.commit();
  }
}
