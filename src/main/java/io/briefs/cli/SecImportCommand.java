package io.briefs.cli;

import io.briefs.diag.BriefsException;
import io.briefs.diag.Diagnostic;
import io.briefs.diag.Severity;
import io.briefs.model.Company;
import io.briefs.model.FiscalQuarter;
import io.briefs.sec.SecFetcher;
import io.briefs.sec.SecImport;
import io.briefs.site.SitePaths;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine;

/**
 * {@code briefs import sec}: drafts a company's quarter files from an SEC XBRL company-facts
 * document, read from a file or fetched by CIK.
 */
@Command(name = "sec", mixinStandardHelpOptions = true,
    description = {"Draft quarter files (and company.yaml when missing) from an SEC XBRL company-facts document:"
        + " revenue, gross profit, operating income, net income, diluted EPS and operating cash flow, each with a"
        + " comment naming its filing. Files that exist get only the keys they lack; nothing a person wrote is"
        + " changed, and a value that disagrees with the filings is reported as a warning.",
        "",
        "--cik fetches the document from data.sec.gov; the SEC requires a User-Agent naming you and a contact"
            + " address: --user-agent or the environment variable " + SecFetcher.AGENT_ENV + ".",
        ""})
final class SecImportCommand implements Callable<Integer> {

  @ArgGroup(exclusive = true, multiplicity = "1")
  Source source;

  /** Where the document comes from. */
  static final class Source {
    @Option(names = "--companyfacts", paramLabel = "FILE", required = true,
        description = "A company-facts JSON document (as served at data.sec.gov/api/xbrl/companyfacts/).")
    Path file;

    @Option(names = "--cik", paramLabel = "N", required = true,
        description = "Fetch the company's document from the SEC by its Central Index Key.")
    String cik;
  }

  @Option(names = "--company", paramLabel = "ID", required = true,
      description = "The company's id: its folder under the data folder.")
  String company;

  @Option(names = "--data", defaultValue = "data", description = "Data folder (default: ${DEFAULT-VALUE}).")
  Path data;

  @Option(names = "--since", paramLabel = "FY2025-Q1", description = "Draft only this quarter and later ones.")
  String since;

  @Option(names = "--user-agent", paramLabel = "TEXT",
      description = "With --cik: the User-Agent sent to the SEC, naming you and a contact address"
          + " (\"Jane Doe jane@example.com\"); default: " + SecFetcher.AGENT_ENV + ".")
  String userAgent;

  @Option(names = "--dry-run", description = "Report what would be written; write nothing.")
  boolean dryRun;

  @Option(names = "--any-name",
      description = "Import even when company.yaml names the company differently from the document.")
  boolean anyName;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  private final Map<String, String> env;

  SecImportCommand(Map<String, String> env) {
    this.env = env;
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (!Company.ID.matcher(company).matches()) {
      return usage(err, "--company `" + company + "` must be 1 to 40 lower-case letters, digits or hyphens");
    }
    if (SitePaths.RESERVED.contains(company)) {
      return usage(err, "--company `" + company + "` names a folder of the site itself ("
          + String.join(", ", SitePaths.RESERVED.stream().sorted().toList()) + "); choose another id");
    }
    FiscalQuarter first = null;
    if (since != null) {
      first = FiscalQuarter.parse(since);
      if (first == null) {
        return usage(err, "--since `" + since + "` is not a fiscal quarter like FY2025-Q1");
      }
    }
    String name;
    byte[] bytes;
    try {
      if (source.file != null) {
        name = source.file.toString();
        bytes = readDocument(source.file);
      } else {
        if (!source.cik.matches("[0-9]{1,10}") || Long.parseLong(source.cik) == 0) {
          return usage(err, "--cik `" + source.cik + "` is not a Central Index Key (1 to 10 digits)");
        }
        String agent = userAgent != null ? userAgent : env.get(SecFetcher.AGENT_ENV);
        if (agent == null || agent.isBlank()) {
          return usage(err, "the SEC requires a User-Agent naming you and a contact address: pass --user-agent"
              + " \"Jane Doe jane@example.com\" or set " + SecFetcher.AGENT_ENV);
        }
        if (!agent.contains("@")) {
          err.println("briefs: warning: the User-Agent has no e-mail address; the SEC asks for a contact address");
        }
        SecFetcher fetcher;
        try {
          fetcher = SecFetcher.of(env, agent.strip());
        } catch (IllegalArgumentException e) {
          return usage(err, e.getMessage());
        }
        SecFetcher.Document doc = fetcher.fetch(Long.parseLong(source.cik));
        out.println("fetched " + doc.url() + " (" + doc.bytes().length + " bytes)");
        name = doc.url();
        bytes = doc.bytes();
      }
    } catch (BriefsException e) {
      e.diagnostics().forEach(d -> err.println(d.format()));
      return Main.FAILED;
    }
    SecImport.Outcome outcome = SecImport.run(name, bytes, new SecImport.ImportRequest(data, company, first, dryRun, anyName));
    outcome.lines().forEach(out::println);
    outcome.diagnostics().stream().sorted().map(Diagnostic::format).forEach(err::println);
    out.flush();
    return outcome.failed() ? Main.FAILED : Main.OK;
  }

  private static byte[] readDocument(Path file) throws BriefsException {
    try {
      if (Files.size(file) > 512L << 20) {
        throw failure(file, "is over 512 MiB; company facts are never that big");
      }
      return Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw failure(file, "no such file");
    } catch (IOException e) {
      throw failure(file, "cannot be read: " + e.getMessage());
    }
  }

  private static BriefsException failure(Path file, String message) {
    return new BriefsException(List.of(
        new Diagnostic(file.toString(), 0, 0, Severity.ERROR, message)));
  }

  private int usage(PrintWriter err, String message) {
    err.println("briefs import sec: " + message);
    return Main.USAGE;
  }
}
