package io.briefs.cli;

import io.briefs.build.Scope;
import io.briefs.config.SiteConfig;
import io.briefs.diag.BriefsException;
import io.briefs.diag.Diagnostic;
import io.briefs.pipeline.BuildOptions;
import io.briefs.pipeline.BuildResult;
import io.briefs.serve.DevServer;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.BindException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code briefs serve}: builds, serves the site on 127.0.0.1 and rebuilds on every change. */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = {"Build the site, serve it on http://127.0.0.1:PORT/ and rebuild it whenever a file under the"
        + " data or templates folder, or " + SiteConfig.FILE + ", changes: only what the change touches is"
        + " rendered again, the page of a saved quarter file first, and open pages reload themselves. A failed"
        + " build shows its problems in the page and here, and the server keeps running. Stop it with Ctrl-C."})
final class ServeCommand implements Callable<Integer> {
  @CommandLine.Mixin ProjectArgs project;
  @CommandLine.Mixin SiteArgs site;
  @CommandLine.Mixin SelectArgs select;
  @CommandLine.Mixin JobsArgs jobs;
  @CommandLine.Mixin ForceArgs force;

  @Option(names = "--port", paramLabel = "PORT", defaultValue = "8000",
      description = "Port on 127.0.0.1 (default: ${DEFAULT-VALUE}; 0 picks a free one).")
  int port;

  @CommandLine.Mixin OutputArgs output;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  private final Map<String, String> env;

  ServeCommand(Map<String, String> env) {
    this.env = env;
  }

  @Override
  public Integer call() throws InterruptedException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (port < 0 || port > 65535) {
      err.println("briefs: --port must be between 0 and 65535, got " + port);
      return Main.USAGE;
    }
    Instant date;
    Path templates;
    try {
      date = SourceDate.from(env);
      templates = project.templates();
    } catch (IllegalArgumentException e) {
      err.println("briefs: " + e.getMessage());
      return Main.USAGE;
    }
    Scope scope = select.scope(jobs.jobs(spec.commandLine()), force.force, null);
    ConsoleLog log = new ConsoleLog(out, err, output.quiet);
    // the configuration is read again before every build: editing it rebuilds with it
    DevServer.Options options = () -> {
      BuildOptions o = site.options(project, project.config(), date);
      log.configWarnings(project.warnings());
      return new BuildOptions(o.data(), templates, o.out(), o.sourceDate(), o.clean(), o.pageSize(), o.baseUrl(),
          o.site());
    };
    BuildOptions first;
    try {
      first = options.get();
    } catch (BriefsException e) {
      Reporter.failed(err, e.diagnostics(), "serve failed", "");
      return Main.FAILED;
    }
    DevServer server;
    Path config = project.config == null ? Path.of(SiteConfig.FILE) : project.config;
    try {
      server = DevServer.start(options, config, scope, port, log);
    } catch (IllegalArgumentException e) {
      if (e.getCause() instanceof BriefsException b) {
        Reporter.failed(err, b.diagnostics(), "cannot serve", "; " + first.out() + " was not changed");
        return Main.FAILED;
      }
      err.println("briefs: " + e.getMessage());
      return Main.USAGE;
    } catch (BindException e) {
      err.println("briefs: cannot listen on 127.0.0.1:" + port + " (" + e.getMessage() + "); try --port 0");
      return Main.FAILED;
    } catch (IOException e) {
      err.println("briefs: cannot serve: " + e.getMessage());
      return Main.FAILED;
    }
    out.println("serving " + site.out + " at " + server.url() + " (watching " + project.data + ", "
        + (templates.equals(ProjectArgs.TEMPLATES) || project.templates != null ? templates
            : "no templates folder (the default templates)") + " and " + config + "; Ctrl-C to stop)");
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      try {
        server.close();
      } catch (IOException e) {
        // stopping anyway
      }
      stopped.countDown();
    }, "briefs-serve-stop"));
    stopped.await();
    return Main.OK;
  }

  /** Prints what each build did; warnings only when they differ from the previous build's. */
  private static final class ConsoleLog implements DevServer.Log {
    private final PrintWriter out;
    private final PrintWriter err;
    private final boolean quiet;
    private List<Diagnostic> lastWarnings;
    private List<Diagnostic> lastConfigWarnings = List.of();
    private boolean first = true;

    ConsoleLog(PrintWriter out, PrintWriter err, boolean quiet) {
      this.out = out;
      this.err = err;
      this.quiet = quiet;
    }

    synchronized void configWarnings(List<Diagnostic> warnings) {
      if (!warnings.equals(lastConfigWarnings)) {
        Reporter.print(err, warnings);
        lastConfigWarnings = warnings;
      }
    }

    @Override
    public synchronized void shownAhead(List<String> briefs, Duration took) {
      if (!quiet) {
        out.printf(Locale.ROOT, "%s: page shown in %.2f s; rebuilding what it touches%n", String.join(", ", briefs),
            took.toNanos() / 1e9);
      }
    }

    @Override
    public synchronized void built(BuildResult result, Duration took) {
      if (!result.warnings().equals(lastWarnings)) {
        Reporter.print(err, result.warnings());
        lastWarnings = result.warnings();
      }
      if (first && !quiet) {
        // a note on the site as a whole: once per session, not on every rebuild
        result.notes().forEach(n -> err.println("briefs: note: " + n));
      }
      double seconds = took.toNanos() / 1e9;
      if (first) {
        out.printf(Locale.ROOT, "built %s in %.1f s%n", Reporter.plural(result.briefs(), "brief"), seconds);
      } else if (result.upToDate() || result.renderedBriefs().isEmpty()) {
        if (!quiet) {
          out.printf(Locale.ROOT, "checked in %.2f s: no brief changed%s%n", seconds,
              result.upToDate() ? "" : "; the listings were written again");
        }
      } else if (!quiet) {
        out.printf(Locale.ROOT, "rebuilt %s (%d of %s) and the listings in %.2f s%n",
            String.join(", ", result.renderedBriefs()), result.rendered(), Reporter.plural(result.briefs(), "brief"),
            seconds);
      }
      first = false;
    }

    @Override
    public synchronized void failed(List<Diagnostic> errors) {
      Reporter.failed(err, errors, "build failed", "; the pages show the problems until a build succeeds");
      lastWarnings = null;
      first = false;
    }
  }
}
