package io.briefs.cli;

import io.briefs.build.Progress;
import io.briefs.build.Scope;
import io.briefs.build.Timings;
import io.briefs.chart.ChartTheme;
import io.briefs.config.MailAddress;
import io.briefs.config.SiteConfig;
import io.briefs.diag.BriefsException;
import io.briefs.diag.Diagnostic;
import io.briefs.diag.Severity;
import io.briefs.mail.BriefMail;
import io.briefs.mail.MailException;
import io.briefs.mail.RecipientList;
import io.briefs.mail.SendLog;
import io.briefs.mail.SmtpSender;
import io.briefs.pipeline.BriefBatch;
import io.briefs.pipeline.BriefDocuments;
import io.briefs.pipeline.BuildOptions;
import io.briefs.pipeline.BuildResult;
import io.briefs.pipeline.Pipeline;
import io.briefs.render.Templates;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UnsupportedEncodingException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine;

/**
 * {@code briefs mail}: each selected brief as a mail message. Without {@code --smtp} it builds the
 * site like {@code build} and adds each brief's message as {@code mail/<company>-<period>.eml} (to
 * no one in particular, dated by the brief, so reproducible) in the same all-or-nothing swap.
 * With {@code --smtp} it renders in memory and sends one message per brief and recipient, dated
 * when sent, recording each accepted message in a send log so a run that stopped part-way is
 * repeated without sending twice; {@code --dry-run} says what would be sent and sends nothing.
 */
@Command(name = "mail", mixinStandardHelpOptions = true,
    description = {"Make each brief's mail message (text, HTML with its charts, the PDF attached).",
        "Without --smtp: builds the site and writes the messages to <out>/mail/*.eml (to no recipient).",
        "With --smtp: sends them instead, one message per recipient (--to, --to-file), from mail.from of "
            + SiteConfig.FILE + " (or --from) with its unsubscribe addresses; the site is not written. Each"
            + " message the server accepts is recorded in the send log, and a later run skips those.",
        "SMTP login: the environment variables " + MailCommand.USER_ENV + " and " + MailCommand.PASSWORD_ENV
            + "; the connection must then be encrypted (STARTTLS, or TLS on port 465) with a certificate"
            + " valid for the host, unless --smtp-insecure."})
final class MailCommand implements Callable<Integer> {
  static final String USER_ENV = "BRIEFS_SMTP_USER";
  static final String PASSWORD_ENV = "BRIEFS_SMTP_PASSWORD";
  /** The sender of written messages when none is configured: they are not sent. */
  private static final String PLACEHOLDER = "briefs@localhost";

  @CommandLine.Mixin ProjectArgs project;
  @CommandLine.Mixin SiteArgs site;
  @CommandLine.Mixin SelectArgs select;
  @CommandLine.Mixin JobsArgs jobs;

  @Option(names = "--smtp", paramLabel = "HOST:PORT", description = "Send through this SMTP server.")
  String smtp;

  @Option(names = "--smtp-insecure",
      description = "Allow the login over an unencrypted connection and accept any certificate: only for a"
          + " relay on this machine.")
  boolean insecure;

  @Option(names = "--from", paramLabel = "ADDRESS",
      description = "Sender address (default: mail.from in " + SiteConfig.FILE + "; required to send).")
  String from;

  @Option(names = "--to", paramLabel = "ADDRESS", description = "A recipient; repeat for more.")
  List<String> to = new ArrayList<>();

  @Option(names = "--to-file", paramLabel = "FILE",
      description = "Recipients, one address per line (blank lines and lines starting with # are skipped).")
  Path toFile;

  @Option(names = "--dry-run", description = "Say what would be sent, to whom and from whom; send and write nothing.")
  boolean dryRun;

  @Option(names = "--send-log", paramLabel = "FILE", defaultValue = "briefs-mail.log",
      description = "The messages the server accepted, one per line; a run skips those (default: ${DEFAULT-VALUE}).")
  Path sendLog;

  @Option(names = "--rate", paramLabel = "N", defaultValue = "60",
      description = "At most N messages a minute (default: ${DEFAULT-VALUE}; 0: no limit).")
  int rate;

  @CommandLine.Mixin OutputArgs output;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  private final Map<String, String> env;

  MailCommand(Map<String, String> env) {
    this.env = env;
  }

  @Override
  public Integer call() {
    PrintWriter stdout = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    boolean sending = smtp != null || dryRun;
    SiteConfig config;
    BuildOptions options;
    List<InternetAddress> recipients;
    SmtpSender.Server server;
    BriefMail mail;
    try {
      config = project.config();
      Reporter.print(err, project.warnings());
      options = site.options(project, config, SourceDate.from(env));
      RecipientList list = RecipientList.of(to, toFile);
      if (!list.problems().isEmpty()) {
        Reporter.failed(err, list.problems(), "mail failed", "; nothing was sent");
        return Main.FAILED;
      }
      recipients = list.addresses();
      checkUsage(recipients);
      server = smtp == null ? null : server();
      InternetAddress sender = sender(config, sending);
      mail = new BriefMail(Templates.open(options.templates()), options.templates(), ChartTheme.standard(),
          new BriefMail.Sender(sender, config.unsubscribe()));
    } catch (IllegalArgumentException | AddressException e) {
      err.println("briefs: " + e.getMessage());
      return Main.USAGE;
    } catch (BriefsException e) {
      Reporter.failed(err, e.diagnostics(), "mail failed", "; nothing was sent");
      return Main.FAILED;
    } catch (IOException e) {
      err.println("briefs: cannot read the templates: " + e.getMessage());
      return Main.FAILED;
    }
    Scope scope = select.scope(jobs.jobs(spec.commandLine()), false, null);
    try {
      if (!sending) {
        return write(new Pipeline(options, Scope.all(scope.jobs()), Progress.quiet(), new Timings()), mail, stdout,
            err);
      }
      if (config.unsubscribe().isEmpty()) {
        err.println("briefs: warning: no unsubscribe address (mail.unsubscribe in " + SiteConfig.FILE
            + "): the large mailbox providers require List-Unsubscribe of bulk senders");
      }
      List<BriefMail.Composed> drafts = drafts(new Pipeline(options, scope, Progress.quiet(), new Timings()), mail,
          err);
      if (drafts.isEmpty()) {
        err.println("briefs: no brief matches" + select.describe() + "; nothing was sent");
        return Main.FAILED;
      }
      Reporter.print(err, mail.warnings());
      try (SendLog log = SendLog.open(sendLog)) {
        return dryRun ? preview(drafts, recipients, log, stdout)
            : send(drafts, recipients, log, server, stdout, err);
      }
    } catch (BriefsException e) {
      Reporter.failed(err, e.diagnostics(), "mail failed",
          "; " + (sending ? "nothing was sent" : site.out + " was not changed"));
      return Main.FAILED;
    } catch (IOException e) {
      err.println("briefs: mail failed: " + e.getMessage() + "; "
          + (sending ? "nothing was sent" : site.out + " was not changed"));
      return Main.FAILED;
    }
  }

  /** Options that do not go together, or are missing, are usage errors. */
  private void checkUsage(List<InternetAddress> recipients) {
    if (smtp == null && !dryRun && !recipients.isEmpty()) {
      throw new IllegalArgumentException("--to and --to-file are for sending (--smtp) or --dry-run: the messages"
          + " written into the site, which is published, name no recipient");
    }
    if ((smtp != null || dryRun) && recipients.isEmpty()) {
      throw new IllegalArgumentException((smtp != null ? "--smtp" : "--dry-run")
          + " needs at least one --to address or a --to-file");
    }
    if (insecure && smtp == null) {
      throw new IllegalArgumentException("--smtp-insecure goes with --smtp");
    }
    if (rate < 0) {
      throw new IllegalArgumentException("--rate must be 0 (no limit) or more, got " + rate);
    }
  }

  /** The sender: --from, else mail.from of the configuration; a placeholder only for written messages. */
  private InternetAddress sender(SiteConfig config, boolean sending) throws AddressException {
    String text = from != null ? from : config.mailFrom();
    if (text == null && sending) {
      throw new IllegalArgumentException("a message needs a sender: set mail.from in " + SiteConfig.FILE
          + " or give --from");
    }
    InternetAddress address = text == null ? new InternetAddress(PLACEHOLDER) : MailAddress.parse(text);
    if (text == null) {
      try {
        address.setPersonal(config.name(), "UTF-8");
      } catch (UnsupportedEncodingException e) {
        throw new IllegalStateException("every Java runtime has UTF-8", e);
      }
    }
    return address;
  }

  private int write(Pipeline pipeline, BriefMail mail, PrintWriter stdout, PrintWriter err)
      throws BriefsException, IOException {
    List<String> written = new ArrayList<>();
    BuildResult result = pipeline.build((brief, out) -> {
      if (selected(brief)) {
        BriefMail.Composed draft = draft(mail, brief);
        try {
          out.write("mail/" + draft.name() + ".eml", BriefMail.bytes(draft.archived()));
        } catch (MessagingException e) {
          throw failure(brief, e.getMessage());
        }
        synchronized (written) {
          written.add(draft.name());
        }
      }
    });
    if (written.isEmpty()) {
      err.println("briefs: no brief matches" + select.describe() + "; " + site.out
          + " was rebuilt without messages");
      return Main.FAILED;
    }
    Reporter.print(err, mail.warnings());
    Reporter.print(err, result.warnings());
    if (!output.quiet) {
      result.notes().forEach(n -> err.println("briefs: note: " + n));
    }
    stdout.printf(Locale.ROOT, "built %s into %s; wrote %s into %s%n", Reporter.plural(result.briefs(), "brief"),
        site.out, Reporter.plural(written.size(), "message"), site.out.resolve("mail"));
    return Main.OK;
  }

  /** The selected briefs, rendered in memory, as messages not yet addressed. */
  private List<BriefMail.Composed> drafts(Pipeline pipeline, BriefMail mail, PrintWriter err)
      throws BriefsException, IOException {
    BriefBatch rendered = pipeline.renderAll();
    Reporter.print(err, rendered.warnings());
    List<BriefMail.Composed> drafts = new ArrayList<>();
    for (BriefDocuments brief : rendered.briefs()) {
      if (selected(brief)) {
        drafts.add(draft(mail, brief));
      }
    }
    return drafts;
  }

  private int preview(List<BriefMail.Composed> drafts, List<InternetAddress> recipients, SendLog log,
      PrintWriter stdout) throws IOException {
    int would = 0;
    int skipped = 0;
    String fromLine = null;
    for (BriefMail.Composed draft : drafts) {
      for (InternetAddress recipient : recipients) {
        if (log.sentAt(draft.name(), recipient.getAddress()) != null) {
          skipped++;
          continue;
        }
        try {
          MimeMessage m = draft.to(recipient, now());
          if (fromLine == null) {
            fromLine = "From: " + m.getHeader("From", ", ") + "; List-Unsubscribe: "
                + (m.getHeader("List-Unsubscribe", ", ") == null ? "none" : m.getHeader("List-Unsubscribe", ", "));
          }
        } catch (MessagingException e) {
          throw new IOException("cannot make the message " + draft.name() + ": " + e.getMessage(), e);
        }
        would++;
        if (!output.quiet) {
          stdout.println("would send " + draft.name() + " to " + recipient.getAddress());
        }
      }
    }
    stdout.println("dry run: would send " + Reporter.plural(would, "message") + " ("
        + Reporter.plural(drafts.size(), "brief") + " to " + Reporter.plural(recipients.size(), "recipient") + ")"
        + (smtp == null ? "" : " through " + smtp) + (skipped == 0 ? "" : "; " + skipped
        + " already sent would be skipped (send log " + log.file() + ")") + "; nothing was sent");
    if (fromLine != null) {
      stdout.println(fromLine);
    }
    return Main.OK;
  }

  private int send(List<BriefMail.Composed> drafts, List<InternetAddress> recipients, SendLog log,
      SmtpSender.Server server, PrintWriter stdout, PrintWriter err) throws IOException {
    int total = drafts.size() * recipients.size();
    int sent = 0;
    int skipped = 0;
    Pacer pacer = new Pacer(rate);
    try (SmtpSender sender = new SmtpSender(server)) {
      try {
        boolean connected = false;
        for (BriefMail.Composed draft : drafts) {
          for (InternetAddress recipient : recipients) {
            if (log.sentAt(draft.name(), recipient.getAddress()) != null) {
              skipped++;
              continue;
            }
            if (!connected) {
              sender.connect();
              connected = true;
              if (server.insecure()) {
                err.println("briefs: warning: --smtp-insecure: " + (sender.encrypted()
                    ? "the certificate of " + server + " was not checked"
                    : "the connection to " + server + " is not encrypted: "
                        + (server.user() == null ? "" : "the login and ") + "the messages cross it in clear text"));
              }
            }
            pacer.await();
            Instant at = now();
            MimeMessage message = message(draft, recipient, at);
            String what = draft.name() + " for " + recipient.getAddress();
            sender.send(message, what);
            log.record(draft.name(), recipient.getAddress(), at, messageId(message));
            sent++;
            if (!output.quiet) {
              stdout.println("sent " + draft.name() + " to " + recipient.getAddress());
            }
          }
        }
      } catch (SmtpSender.SendFailure e) {
        err.println("briefs: " + e.getMessage() + "; sent " + sent + " of " + (total - skipped)
            + (sent + skipped == 0 ? "" : " (the send log " + log.file() + " lists what was sent: the same command"
                + " sends only the rest)"));
        return Main.FAILED;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        err.println("briefs: interrupted; sent " + sent + " of " + (total - skipped) + " (send log " + log.file() + ")");
        return Main.FAILED;
      }
    }
    stdout.println("sent " + Reporter.plural(sent, "message") + " through " + server
        + (skipped == 0 ? "" : "; skipped " + skipped + " already sent (send log " + log.file() + ")"));
    return Main.OK;
  }

  private static MimeMessage message(BriefMail.Composed draft, InternetAddress recipient, Instant at) throws IOException {
    try {
      return draft.to(recipient, at);
    } catch (MessagingException e) {
      throw new IOException("cannot make the message " + draft.name() + ": " + e.getMessage(), e);
    }
  }

  private static String messageId(MimeMessage message) {
    try {
      return message.getMessageID();
    } catch (MessagingException e) {
      return null;
    }
  }

  /** The time a message is sent, to the second (its Date header has no finer unit). */
  private static Instant now() {
    return Instant.now().truncatedTo(ChronoUnit.SECONDS);
  }

  private BriefMail.Composed draft(BriefMail mail, BriefDocuments brief) throws BriefsException {
    try {
      return mail.compose(brief);
    } catch (MailException e) {
      throw failure(brief, e.getMessage());
    }
  }

  private static BriefsException failure(BriefDocuments brief, String message) {
    return new BriefsException(List.of(new Diagnostic(brief.quarter().file(), 0, 0, Severity.ERROR,
        "making the mail message failed: " + message)));
  }

  private boolean selected(BriefDocuments brief) {
    return select.scope(1, false, null).selects(brief.company().id(), brief.quarter().period(),
        brief.quarter().reported());
  }

  private SmtpSender.Server server() {
    int colon = smtp.lastIndexOf(':');
    int port;
    try {
      port = colon < 1 ? -1 : Integer.parseInt(smtp.substring(colon + 1));
    } catch (NumberFormatException e) {
      port = -1;
    }
    if (port < 1 || port > 65535) {
      throw new IllegalArgumentException(
          "--smtp must be HOST:PORT, like smtp.example.com:587; got `" + smtp + "`");
    }
    String user = env.get(USER_ENV);
    String password = env.get(PASSWORD_ENV);
    if ((user == null) != (password == null)) {
      throw new IllegalArgumentException("set both " + USER_ENV + " and " + PASSWORD_ENV + ", or neither");
    }
    return new SmtpSender.Server(smtp.substring(0, colon), port, user, password, insecure);
  }

  /** Spaces the messages out to at most {@code perMinute} a minute (0: no limit). */
  private static final class Pacer {
    private final long intervalNanos;
    private long next;

    Pacer(int perMinute) {
      this.intervalNanos = perMinute == 0 ? 0 : 60_000_000_000L / perMinute;
      this.next = System.nanoTime();
    }

    void await() throws InterruptedException {
      long wait = next - System.nanoTime();
      if (wait > 0) {
        Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
      }
      next = Math.max(next, System.nanoTime()) + intervalNanos;
    }
  }
}
