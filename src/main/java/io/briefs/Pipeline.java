package io.briefs;

import io.briefs.build.BuildState;
import io.briefs.build.Fingerprints;
import io.briefs.build.Progress;
import io.briefs.build.Scope;
import io.briefs.build.Timings;
import io.briefs.build.Timings.Stage;
import io.briefs.build.ToolVersion;
import io.briefs.build.Workers;
import io.briefs.diag.BriefsException;
import io.briefs.diag.Diagnostic;
import io.briefs.diag.Diagnostics;
import io.briefs.diag.Severity;
import io.briefs.load.DatasetLoader;
import io.briefs.load.StyleReader;
import io.briefs.model.CompanyData;
import io.briefs.model.Corpus;
import io.briefs.narrative.Style;
import io.briefs.render.SiteInfo;
import io.briefs.render.Templates;
import io.briefs.site.SitePaths;
import io.briefs.site.SiteWriter;
import io.briefs.validate.Validator;
import java.io.IOException;
import java.nio.file.Files;
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
  }

  /** Loads and validates the data folder; the diagnostics say whether it can be built. */
  public Loaded load() {
    return load(Set.of(), null);
  }

  /**
   * Loads and validates the data folder but for the companies in {@code unread}, whose warnings
   * are those the last build ({@code previous}) found in their unchanged data.
   */
  private Loaded load(Set<String> unread, BuildState previous) {
    return timings.time(Stage.LOAD, () -> {
      Diagnostics diagnostics = new Diagnostics();
      Corpus corpus = new DatasetLoader(diagnostics, scope.jobs()).load(options.data(), unread);
      new Validator(diagnostics).validate(corpus);
      if (!unread.isEmpty()) {
        CompanyWarnings.kept(previous, unread, options.data()).forEach(diagnostics::add);
      }
      return new Loaded(corpus, diagnostics.sorted());
    });
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
    Fingerprints prints = fingerprints();
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
    return build(extra, fingerprints(), BuildState.read(options.out()));
  }

  private Result build(Extra extra, Fingerprints prints, BuildState previous) throws BriefsException, IOException {
    BuildState last = extra == null ? previous : null;
    Engines.Starting engines = Engines.start(Plan.changed(prints, last, scope) > scope.jobs());
    // a company none of whose files changed is not read: every output of it is carried
    Set<String> unread = extra == null ? Plan.unread(prints, previous, options.out(), scope) : Set.of();
    Loaded loaded = loadOrFail(unread, previous);
    Plan plan = Plan.of(loaded.corpus(), unread, scope, prints, last, options.out());
    Resources r = resources(loaded, plan.toRender(), engines);
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
    Loaded loaded = loadOrFail(Set.of(), null);
    Plan plan = Plan.of(loaded.corpus(), Set.of(), scope, fingerprints(), null, options.out());
    Resources r = resources(loaded, plan.toRender(), engines);
    BriefMaker maker = new BriefMaker(r);
    List<RenderedBrief> all = Workers.run(scope.jobs(), plan.toRender().stream()
        .map(job -> (Workers.Task<RenderedBrief>) () -> maker.render(job.company(), job.quarter())).toList());
    return new Rendered(all, r.warnings());
  }

  /** Combines shard outputs into the site and writes the pages that list every brief. */
  public Result merge(List<java.nio.file.Path> shards) throws BriefsException, IOException {
    Engines.Starting engines = Engines.start(false); // a merge renders no brief
    Loaded loaded = loadOrFail(Set.of(), null);
    Fingerprints prints = fingerprints();
    Resources r = resources(loaded, List.of(), engines);
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
        r.style(), styleSource(), r.theme(), published::companyUnchanged),
        CompanyWarnings.byCompany(loaded.diagnostics(), options.data()));
    Assets.copy(options.templates(), r.fonts(), site);
    timings.add(Stage.LISTINGS, System.nanoTime() - t0);
  }

  private Fingerprints fingerprints() {
    String settings = Fingerprints.settings(ToolVersion.fingerprint(), options.templates(),
        "date=" + options.sourceDate() + ";paper=" + options.pageSize() + ";base=" + options.baseUrl());
    return Fingerprints.of(options.data(), settings);
  }

  private Loaded loadOrFail(Set<String> unread, BuildState previous) throws BriefsException {
    Loaded loaded = load(unread, previous);
    if (loaded.hasErrors()) {
      throw new BriefsException(loaded.diagnostics());
    }
    checkSiteFolders(loaded.corpus());
    return loaded;
  }

  /** The shared resources, once the style and the words of the briefs to render passed their checks. */
  private Resources resources(Loaded loaded, List<Plan.Job> toRender, Engines.Starting starting)
      throws BriefsException, IOException {
    Style style = style();
    Templates templates = Templates.open(options.templates());
    Engines e = starting.get();
    Resources r = new Resources(options, style, templates, e.fonts(), e.theme(), e.pdf(),
        SiteInfo.of(options.baseUrl()), timings, new ArrayList<>());
    r.warnings().addAll(loaded.diagnostics().stream().filter(d -> d.severity() == Severity.WARNING).toList());
    // every brief's words are checked before any is rendered, so one run reports every problem;
    // rendering derives them again (about 4% of a brief's CPU) rather than hold them all in memory
    r.warnings().addAll(check(new BriefMaker(r), toRender));
    return r;
  }

  /** Checks the words of every brief to render (commentary numbers, the consistency gate). */
  private List<Diagnostic> check(BriefMaker maker, List<Plan.Job> jobs) throws BriefsException, IOException {
    List<List<Diagnostic>> found = Workers.run(scope.jobs(), jobs.stream()
        .map(j -> (Workers.Task<List<Diagnostic>>) () -> maker.check(j.company(), j.quarter())).toList());
    Diagnostics all = new Diagnostics();
    found.forEach(list -> list.forEach(all::add));
    if (all.hasErrors()) {
      throw new BriefsException(all.sorted());
    }
    return all.sorted();
  }

  /** A company id that names one of the site's own folders would mix its pages with them. */
  private static void checkSiteFolders(Corpus corpus) throws BriefsException {
    String reserved = String.join(", ", SitePaths.RESERVED.stream().sorted().toList());
    List<Diagnostic> clashes = corpus.companies().stream()
        .filter(c -> SitePaths.RESERVED.contains(c.company().id()))
        .map(c -> Diagnostic.error(c.company().loc(), "the company id `" + c.company().id()
            + "` names a folder of the site itself (" + reserved + "); choose another id"))
        .toList();
    if (!clashes.isEmpty()) {
      throw new BriefsException(clashes);
    }
  }

  /** The wording rules from {@code templates/style.yaml} (or the defaults when there is none). */
  private Style style() throws BriefsException {
    Diagnostics diagnostics = new Diagnostics();
    Style style = new StyleReader(diagnostics).read(options.templates().resolve("style.yaml"));
    if (style == null || diagnostics.hasErrors()) {
      throw new BriefsException(diagnostics.sorted());
    }
    return style;
  }

  /** Where the wording rules came from, as the methodology page says it (no machine paths). */
  private String styleSource() {
    return Files.exists(options.templates().resolve("style.yaml")) ? "style.yaml in the templates folder"
        : "the built-in defaults (the templates folder has no style.yaml)";
  }
}
