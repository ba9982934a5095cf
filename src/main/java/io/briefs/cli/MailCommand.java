package io.briefs.cli;

import io.briefs.pipeline.BriefBatch;
import io.briefs.pipeline.BuildResult;
import io.briefs.pipeline.Pipeline;
import io.briefs.pipeline.BriefDocuments;
import io.briefs.chart.ChartTheme;
import io.briefs.diag.BriefsException;
import io.briefs.mail.BriefMail;
import io.briefs.mail.MailException;
import io.briefs.mail.SmtpSender;
import io.briefs.render.Templates;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code briefs mail}: builds the site like {@code build} and adds each selected brief's message
 * as {@code mail/<company>-<period>.eml}, in the same all-or-nothing swap; with {@code --smtp}
 * renders in memory, sends the messages instead and writes nothing.
 */
@Command(name = "mail", mixinStandardHelpOptions = true,
    description = {"Make each brief's mail message (text, HTML with its charts, the PDF attached).",
        "Without --smtp: builds the site and writes the messages to <out>/mail/*.eml.",
        "With --smtp: sends them instead (STARTTLS when offered); the site is not written.",
        "SMTP login: the environment variables " + MailCommand.USER_ENV + " and "
            + MailCommand.PASSWORD_ENV + "."})
final class MailCommand implements Callable<Integer> {
  static final String USER_ENV = "BRIEFS_SMTP_USER";
  static final String PASSWORD_ENV = "BRIEFS_SMTP_PASSWORD";

  @CommandLine.Mixin ProjectArgs project;
  @CommandLine.Mixin SiteArgs build;
  @CommandLine.Mixin SelectArgs select;
  @CommandLine.Mixin JobsArgs jobs;
  @CommandLine.Mixin OutputArgs output;

  @Option(names = "--smtp", paramLabel = "HOST:PORT", description = "Send through this SMTP server.")
  String smtp;

  @Option(names = "--from", defaultValue = "Earnings briefs <briefs@localhost>",
      description = "Sender address (default: ${DEFAULT-VALUE}).")
  String from;

  @Option(names = "--to", paramLabel = "ADDRESS",
      description = "Recipient; repeat for more (required with --smtp).")
  List<String> to = new ArrayList<>();

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  private final Map<String, String> env;

  MailCommand(Map<String, String> env) {
    this.env = env;
  }

  @Override
  public Integer call() {
    PrintWriter stdout = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Instant sourceDate;
    BriefMail mail;
    SmtpSender.Server server;
    try {
      sourceDate = SourceDate.from(env);
      server = smtp == null ? null : server();
      mail = new BriefMail(Templates.open(project.templates()), ChartTheme.standard(),
          new InternetAddress(from, true), recipients());
    } catch (IllegalArgumentException | AddressException e) {
      err.println("briefs: " + e.getMessage());
      return Main.USAGE;
    } catch (IOException e) {
      err.println("briefs: cannot read the templates: " + e.getMessage());
      return Main.FAILED;
    }
    Pipeline pipeline;
    try {
      pipeline = new Pipeline(build.options(project, project.config(), sourceDate));
    } catch (BriefsException e) {
      Reporter.print(err, e.diagnostics());
      return Main.FAILED;
    }
    try {
      return server == null ? write(pipeline, mail, stdout, err) : send(pipeline, mail, server, stdout, err);
    } catch (BriefsException e) {
      Reporter.print(err, e.diagnostics());
      err.println("briefs: mail failed (" + Reporter.summary(e.diagnostics()) + "); " + build.out
          + " was not changed");
      return Main.FAILED;
    } catch (IOException e) {
      err.println("briefs: mail failed: " + e.getMessage() + "; " + build.out + " was not changed");
      return Main.FAILED;
    }
  }

  private int write(Pipeline pipeline, BriefMail mail, PrintWriter stdout, PrintWriter err)
      throws BriefsException, IOException {
    List<String> written = new ArrayList<>();
    BuildResult result = pipeline.build((brief, site) -> {
      if (selected(brief)) {
        BriefMail.Composed message = compose(mail, brief);
        try {
          site.write("mail/" + message.name() + ".eml", message.bytes());
        } catch (MessagingException e) {
          throw failure(brief, e.getMessage());
        }
        written.add(message.name());
      }
    });
    if (written.isEmpty()) {
      err.println("briefs: no brief matches" + selection() + "; " + build.out
          + " was rebuilt without messages");
      return Main.FAILED;
    }
    Reporter.print(err, result.warnings());
    stdout.printf(Locale.ROOT, "built %s into %s; wrote %s into %s%n", Reporter.plural(result.briefs(), "brief"),
        build.out, Reporter.plural(written.size(), "message"), build.out.resolve("mail"));
    return Main.OK;
  }

  private int send(Pipeline pipeline, BriefMail mail, SmtpSender.Server server, PrintWriter stdout,
      PrintWriter err) throws BriefsException, IOException {
    List<BriefMail.Composed> messages = new ArrayList<>();
    BriefBatch rendered = pipeline.renderAll();
    Reporter.print(err, rendered.warnings());
    for (BriefDocuments brief : rendered.briefs()) {
      if (selected(brief)) {
        messages.add(compose(mail, brief));
      }
    }
    if (messages.isEmpty()) {
      err.println("briefs: no brief matches" + selection() + "; nothing was sent");
      return Main.FAILED;
    }
    try {
      String recipients = String.join(", ", to);
      new SmtpSender(server).send(messages, name -> stdout.println("sent " + name + " to " + recipients));
      stdout.println("sent " + Reporter.plural(messages.size(), "message") + " through " + server);
      return Main.OK;
    } catch (SmtpSender.SendFailure e) {
      err.println("briefs: " + e.getMessage() + "; sent " + e.sent().size() + " of " + messages.size()
          + (e.sent().isEmpty() ? "" : " (" + String.join(", ", e.sent()) + ")"));
      return Main.FAILED;
    }
  }

  private BriefMail.Composed compose(BriefMail mail, BriefDocuments brief) throws BriefsException {
    try {
      return mail.compose(brief);
    } catch (MailException | MessagingException e) {
      throw failure(brief, e.getMessage());
    }
  }

  private static BriefsException failure(BriefDocuments brief, String message) {
    return new BriefsException(List.of(new io.briefs.diag.Diagnostic(brief.quarter().file(), 0, 0,
        io.briefs.diag.Severity.ERROR, "making the mail message failed: " + message)));
  }

  private boolean selected(BriefDocuments brief) {
    return select.scope(1, false, null).selects(brief.company().id(), brief.quarter().period(),
        brief.quarter().reported());
  }

  private String selection() {
    return select.describe();
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
    if (to.isEmpty()) {
      throw new IllegalArgumentException("--smtp needs at least one --to address");
    }
    String user = env.get(USER_ENV);
    String password = env.get(PASSWORD_ENV);
    if ((user == null) != (password == null)) {
      throw new IllegalArgumentException("set both " + USER_ENV + " and " + PASSWORD_ENV + ", or neither");
    }
    return new SmtpSender.Server(smtp.substring(0, colon), port, user, password);
  }

  private List<InternetAddress> recipients() throws AddressException {
    List<InternetAddress> all = new ArrayList<>();
    for (String address : to) {
      all.add(new InternetAddress(address, true));
    }
    return all;
  }
}
