package io.briefs.mail;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.function.Consumer;

/**
 * Sends messages through one SMTP connection: STARTTLS when the server offers it, login when
 * credentials are given, bounded time-outs. Reports each message as it is accepted, so a failure
 * part-way says exactly which were sent.
 */
public final class SmtpSender {
  private static final String TIMEOUT_MS = "20000";

  /**
   * Where and as whom to send.
   *
   * @param user null to send without logging in
   */
  public record Server(String host, int port, String user, String password) {
    /** {@code host:port} for messages. */
    @Override
    public String toString() {
      return host + ":" + port;
    }
  }

  /** Sending stopped; {@code sent} lists the messages the server had accepted before. */
  public static final class SendFailure extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient List<String> sent;

    SendFailure(String message, List<String> sent) {
      super(message);
      this.sent = List.copyOf(sent);
    }

    /** Names of the messages sent before the failure. */
    public List<String> sent() {
      return sent;
    }
  }

  private final Server server;

  /** A sender to {@code server}. */
  public SmtpSender(Server server) {
    this.server = server;
  }

  /** Sends the messages in order, calling {@code onSent} with each name the server accepted. */
  public void send(List<BriefMail.Composed> messages, Consumer<String> onSent) throws SendFailure {
    List<String> sent = new ArrayList<>();
    Session session = Session.getInstance(properties());
    try (Transport transport = session.getTransport("smtp")) {
      try {
        transport.connect(server.host(), server.port(), server.user(), server.password());
      } catch (AuthenticationFailedException e) {
        throw new SendFailure("the SMTP server " + server + " refused the credentials of `" + server.user()
            + "`" + detail(e), sent);
      } catch (MessagingException e) {
        throw new SendFailure("cannot connect to the SMTP server " + server + detail(e), sent);
      }
      for (BriefMail.Composed m : messages) {
        try {
          transport.sendMessage(m.message(), m.message().getAllRecipients());
        } catch (MessagingException e) {
          throw new SendFailure("the SMTP server " + server + " did not accept " + m.name() + detail(e),
              sent);
        }
        sent.add(m.name());
        onSent.accept(m.name());
      }
    } catch (MessagingException e) {
      // closing failed after the last message was accepted: everything was sent
      if (sent.size() != messages.size()) {
        throw new SendFailure("the SMTP connection to " + server + " failed" + detail(e), sent);
      }
    }
  }

  private Properties properties() {
    Properties p = new Properties();
    p.setProperty("mail.smtp.host", server.host());
    p.setProperty("mail.smtp.port", Integer.toString(server.port()));
    p.setProperty("mail.smtp.starttls.enable", "true");
    p.setProperty("mail.smtp.auth", Boolean.toString(server.user() != null));
    p.setProperty("mail.smtp.connectiontimeout", TIMEOUT_MS);
    p.setProperty("mail.smtp.timeout", TIMEOUT_MS);
    p.setProperty("mail.smtp.writetimeout", TIMEOUT_MS);
    // the HELO name: without it Jakarta Mail looks the machine's name up, which can hang
    p.setProperty("mail.smtp.localhost", "localhost");
    return p;
  }

  /** The innermost cause's message, on one line. */
  private static String detail(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    return ": " + message.strip().replaceAll("\\s+", " ");
  }
}
