package io.briefs.cli;

import io.briefs.diag.Printable;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine;

/**
 * The {@code briefs} command. {@link #run} takes its output streams and environment and returns
 * the exit code, so tests run the real command: 0 success, 1 data or render failure, 2 usage.
 */
@Command(
    name = "briefs",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = "Turns quarterly financial datasets into earnings briefs: a static site and PDFs.",
    subcommands = {InitCommand.class, BuildCommand.class, MergeCommand.class, ServeCommand.class, ValidateCommand.class,
        MailCommand.class, ImportCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Callable<Integer> {
  /** Exit code of a successful run. */
  public static final int OK = 0;
  /** Exit code when the data or a render failed. */
  public static final int FAILED = 1;
  /** Exit code of a usage error. */
  public static final int USAGE = 2;

  private static final String TRANSFORMER_FACTORY = "javax.xml.transform.TransformerFactory";

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** Without a command: show the usage and fail as a usage error. */
  @Override
  public Integer call() {
    spec.commandLine().getErr().println("briefs: a command is required");
    spec.commandLine().usage(spec.commandLine().getErr());
    return USAGE;
  }

  /** Entry point of the launcher. */
  public static void main(String[] args) {
    // XMP metadata asks for a TransformerFactory per PDF; naming the JDK's skips a scan of every
    // jar for providers (a tenth of a brief's time), and gives the bytes the tests checked
    if (System.getProperty(TRANSFORMER_FACTORY) == null) {
      System.setProperty(TRANSFORMER_FACTORY, "com.sun.org.apache.xalan.internal.xsltc.trax.TransformerFactoryImpl");
    }
    System.exit(run(args, System.out, System.err, System.getenv(), System.console() != null));
  }

  /** Runs the command line and returns its exit code; never calls {@code System.exit}. */
  public static int run(String[] args, PrintStream out, PrintStream err, Map<String, String> env) {
    return run(args, out, err, env, false);
  }

  /**
   * Runs the command line; {@code terminal} says whether the output is a terminal a progress bar
   * may redraw (otherwise progress is one plain line per brief).
   */
  public static int run(String[] args, PrintStream out, PrintStream err, Map<String, String> env, boolean terminal) {
    PrintWriter outWriter = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true);
    PrintWriter errWriter = new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true);
    CommandLine cl = new CommandLine(new Main(), new Factory(env, terminal && !"dumb".equals(env.get("TERM"))));
    // --page-size a4 and --page-size A4 alike
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    cl.setOut(outWriter);
    cl.setErr(errWriter);
    boolean verbose = Arrays.asList(args).contains("--verbose");
    cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
      errWriter.println("briefs: internal error: " + Printable.escape(String.valueOf(e))
          + (verbose ? "" : " (run with --verbose for the stack trace)"));
      if (verbose) {
        e.printStackTrace(errWriter);
      }
      return FAILED;
    });
    int code = cl.execute(args);
    outWriter.flush();
    errWriter.flush();
    return code;
  }

  /** Creates commands with the environment and streams they need. */
  private record Factory(Map<String, String> env, boolean terminal) implements CommandLine.IFactory {
    @Override
    public <K> K create(Class<K> cls) throws Exception {
      if (cls == BuildCommand.class) {
        return cls.cast(new BuildCommand(env, terminal));
      }
      if (cls == MergeCommand.class) {
        return cls.cast(new MergeCommand(env));
      }
      if (cls == ServeCommand.class) {
        return cls.cast(new ServeCommand(env));
      }
      if (cls == MailCommand.class) {
        return cls.cast(new MailCommand(env));
      }
      if (cls == SecImportCommand.class) {
        return cls.cast(new SecImportCommand(env));
      }
      return CommandLine.defaultFactory().create(cls);
    }
  }
}
