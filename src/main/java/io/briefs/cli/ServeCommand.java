package io.briefs.cli;

import io.briefs.pipeline.BuildResult;
import io.briefs.pipeline.BuildOptions;
import io.briefs.pipeline.Pipeline;
import io.briefs.diag.BriefsException;
import io.briefs.diag.Diagnostic;
import io.briefs.serve.DevServer;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.BindException;
import java.time.Duration;
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
    description = {"Build the site, serve it on http://127.0.0.1:PORT/ and rebuild it whenever a file"
        + " under the data or templates folder changes; open pages reload themselves. A failed build"
        + " shows its problems in the page and here, and the server keeps running. Stop it with Ctrl-C."})
final class ServeCommand implements Callable<Integer> {
  @CommandLine.Mixin BuildArgs build;

  @Option(names = "--port", defaultValue = "8000",
      description = "Port on 127.0.0.1 (default: ${DEFAULT-VALUE}; 0 picks a free one).")
  int port;

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
    BuildOptions options;
    try {
      options = build.options(SourceDate.from(env));
    } catch (IllegalArgumentException e) {
      err.println("briefs: " + e.getMessage());
      return Main.USAGE;
    }
    DevServer server;
    try {
      server = DevServer.start(options, port, new ConsoleLog(out, err));
    } catch (BriefsException e) {
      Reporter.print(err, e.diagnostics());
      err.println("briefs: cannot serve (" + Reporter.summary(e.diagnostics()) + "); " + build.out + " was not changed");
      return Main.FAILED;
    } catch (BindException e) {
      err.println("briefs: cannot listen on 127.0.0.1:" + port + " (" + e.getMessage() + "); try --port 0");
      return Main.FAILED;
    } catch (IOException e) {
      err.println("briefs: cannot serve: " + e.getMessage());
      return Main.FAILED;
    }
    out.println("serving " + build.out + " at " + server.url() + " (watching " + build.data + " and "
        + build.templates + "; Ctrl-C to stop)");
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

  /** Prints each build's outcome; warnings only when they differ from the previous build's. */
  private static final class ConsoleLog implements DevServer.Log {
    private final PrintWriter out;
    private final PrintWriter err;
    private List<Diagnostic> lastWarnings;

    ConsoleLog(PrintWriter out, PrintWriter err) {
      this.out = out;
      this.err = err;
    }

    @Override
    public synchronized void built(BuildResult result, Duration took) {
      if (!result.warnings().equals(lastWarnings)) {
        Reporter.print(err, result.warnings());
        lastWarnings = result.warnings();
      }
      out.printf(Locale.ROOT, "built %s in %.1f s%n", Reporter.plural(result.briefs(), "brief"),
          took.toMillis() / 1000.0);
    }

    @Override
    public synchronized void failed(List<Diagnostic> errors) {
      Reporter.print(err, errors);
      err.println("briefs: build failed (" + Reporter.summary(errors) + "); the pages show the problems until"
          + " a build succeeds");
      lastWarnings = null;
    }
  }
}
