package io.briefs.mail;

import jakarta.mail.Address;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import java.util.Properties;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLSocketFactory;
import org.eclipse.angus.mail.smtp.SMTPTransport;

/**
 * One SMTP connection that sends messages one by one. With a login, the connection must be
 * encrypted first (STARTTLS, or TLS from the start on port 465) and the server's certificate and
 * host name are checked, so a server that offers no STARTTLS, or a machine in the middle that
 * removes it, never receives the password; only {@link Server#insecure()} (for a local relay)
 * lifts that, and the command says so. Without a login, STARTTLS is still used whenever the
 * server offers it. Every wait is bounded.
 */
public final class SmtpSender implements AutoCloseable {
  private static final String TIMEOUT_MS = "20000";
  /** The port of SMTP over TLS from the first byte (RFC 8314), instead of STARTTLS. */
  static final int IMPLICIT_TLS_PORT = 465;

  /**
   * Where and as whom to send.
   *
   * @param user null to send without logging in
   * @param insecure whether the login may cross an unencrypted connection and the certificate
   *     goes unchecked ({@code --smtp-insecure}, for a relay on this machine)
   */
  public record Server(String host, int port, String user, String password, boolean insecure) {
    /** {@code host:port} for messages. */
    @Override
    public String toString() {
      return host + ":" + port;
    }
  }

  /** Sending failed; the message is one line, fit for the terminal. */
  public static final class SendFailure extends Exception {
    private static final long serialVersionUID = 1L;

    SendFailure(String message) {
      super(message);
    }
  }

  private final Server server;
  private final SSLSocketFactory tls;
  private Transport transport;

  /** A sender to {@code server} that trusts the certificates the Java runtime trusts. */
  public SmtpSender(Server server) {
    this(server, null);
  }

  /** A sender whose TLS connections are made by {@code tls} (tests: a certificate of their own). */
  SmtpSender(Server server, SSLSocketFactory tls) {
    this.server = server;
    this.tls = tls;
  }

  /** Connects, encrypts as required and logs in. */
  public void connect() throws SendFailure {
    Session session = Session.getInstance(properties());
    try {
      transport = session.getTransport(server.port() == IMPLICIT_TLS_PORT ? "smtps" : "smtp");
      transport.connect(server.host(), server.port(), server.user(), server.password());
    } catch (AuthenticationFailedException e) {
      throw new SendFailure("the SMTP server " + server + " refused the credentials of `" + server.user() + "`"
          + detail(e));
    } catch (MessagingException e) {
      throw new SendFailure(connectProblem(e));
    }
  }

  /** Whether the connection is encrypted (after STARTTLS, or from the start). */
  public boolean encrypted() {
    return transport instanceof SMTPTransport smtp && smtp.isSSL();
  }

  /**
   * Sends one message to its recipients.
   *
   * @param what how the message is named in a failure ("dell-fy2026-q1 for client@example.com")
   */
  public void send(MimeMessage message, String what) throws SendFailure {
    try {
      Address[] to = message.getAllRecipients();
      transport.sendMessage(message, to);
    } catch (MessagingException e) {
      throw new SendFailure("the SMTP server " + server + " did not accept " + what + detail(e));
    }
  }

  @Override
  public void close() {
    if (transport != null) {
      try {
        transport.close();
      } catch (MessagingException e) {
        // every message was accepted or reported already; a failing QUIT changes nothing
      }
    }
  }

  private String connectProblem(MessagingException e) {
    String text = e.getMessage() == null ? "" : e.getMessage();
    if (text.contains("STARTTLS is required")) {
      return "the SMTP server " + server + " does not offer STARTTLS, so the connection cannot be encrypted and"
          + " briefs does not send the password of `" + server.user() + "` in clear text (a relay on this"
          + " machine may be used with --smtp-insecure)";
    }
    if (cause(e, SSLException.class) != null) {
      return "the TLS connection to the SMTP server " + server + " failed (its certificate is not trusted or not"
          + " for this host name)" + detail(e);
    }
    return "cannot connect to the SMTP server " + server + detail(e);
  }

  private Properties properties() {
    Properties p = new Properties();
    String protocol = server.port() == IMPLICIT_TLS_PORT ? "smtps" : "smtp";
    String prefix = "mail." + protocol + ".";
    p.setProperty(prefix + "host", server.host());
    p.setProperty(prefix + "port", Integer.toString(server.port()));
    p.setProperty(prefix + "starttls.enable", "true");
    p.setProperty(prefix + "starttls.required", Boolean.toString(server.user() != null && !server.insecure()));
    p.setProperty(prefix + "ssl.checkserveridentity", Boolean.toString(!server.insecure()));
    if (server.insecure()) {
      p.setProperty(prefix + "ssl.trust", "*");
    }
    if (tls != null) {
      p.put(prefix + "ssl.socketFactory", tls);
    }
    p.setProperty(prefix + "auth", Boolean.toString(server.user() != null));
    p.setProperty(prefix + "connectiontimeout", TIMEOUT_MS);
    p.setProperty(prefix + "timeout", TIMEOUT_MS);
    p.setProperty(prefix + "writetimeout", TIMEOUT_MS);
    // the HELO name: without it Jakarta Mail looks the machine's name up, which can hang
    p.setProperty(prefix + "localhost", "localhost");
    return p;
  }

  private static <T extends Throwable> T cause(Throwable e, Class<T> type) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (type.isInstance(t)) {
        return type.cast(t);
      }
    }
    return null;
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
