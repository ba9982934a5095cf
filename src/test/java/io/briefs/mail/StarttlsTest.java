package io.briefs.mail;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import io.briefs.TestData;
import io.briefs.cli.Run;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A login over SMTP (issue 18, item 8): with credentials, briefs encrypts the connection first
 * (STARTTLS) and checks the server's certificate and host name, so a server that offers AUTH but
 * not STARTTLS (or a machine in the middle that strips it) never receives the password; only
 * {@code --smtp-insecure}, for a local relay, lifts that, and the output says so.
 */
class StarttlsTest {
  @RegisterExtension
  static final GreenMailExtension PLAIN_RELAY = new GreenMailExtension(
      new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort())
      .withConfiguration(GreenMailConfiguration.aConfig().withUser("briefs@example.com", "alice", "s3cret"));

  private static final Map<String, String> LOGIN = Map.of("BRIEFS_SMTP_USER", "alice", "BRIEFS_SMTP_PASSWORD",
      "s3cret");
  private static final char[] PASS = "changeit".toCharArray();

  @TempDir static Path keys;
  static SSLContext forLocalhost;
  static SSLContext forAnotherHost;

  @BeforeAll
  static void certificates() throws Exception {
    forLocalhost = server(keyStore("localhost", "ip:127.0.0.1,dns:localhost"));
    forAnotherHost = server(keyStore("mail.example.org", "dns:mail.example.org"));
  }

  /** A self-signed key pair for {@code names}, made by the JDK's keytool. */
  private static Path keyStore(String cn, String names) throws Exception {
    Path file = keys.resolve(cn + ".p12");
    Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
        "-genkeypair", "-alias", "smtp", "-keyalg", "EC", "-groupname", "secp256r1", "-dname", "CN=" + cn,
        "-ext", "SAN=" + names, "-validity", "2", "-keystore", file.toString(), "-storetype", "PKCS12",
        "-storepass", "changeit", "-keypass", "changeit").redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(out).isZero();
    return file;
  }

  private static KeyStore load(Path file) throws Exception {
    KeyStore ks = KeyStore.getInstance("PKCS12");
    try (InputStream in = Files.newInputStream(file)) {
      ks.load(in, PASS);
    }
    return ks;
  }

  private static SSLContext server(Path file) throws Exception {
    KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
    kmf.init(load(file), PASS);
    SSLContext c = SSLContext.getInstance("TLS");
    c.init(kmf.getKeyManagers(), null, null);
    return c;
  }

  /** A client that trusts the certificate of {@code file} (and nothing else). */
  private static SSLContext trusting(Path file) throws Exception {
    TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    tmf.init(load(file));
    SSLContext c = SSLContext.getInstance("TLS");
    c.init(null, tmf.getTrustManagers(), null);
    return c;
  }

  @TempDir Path dir;

  private String[] mail(int port, String... more) {
    Path data = TestData.in(dir).quarter("FY2025-Q1", """
        period_end: 2025-03-31
        reported: 2025-04-24
        units: millions
        results: { revenue: 1000, operating_income: 120 }
        """).root();
    List<String> args = new java.util.ArrayList<>(List.of("mail", "--smtp", "127.0.0.1:" + port, "--from",
        "briefs@example.com", "--to", "client@example.com", "--data", data.toString(), "--send-log",
        dir.resolve("sent.log").toString()));
    args.addAll(List.of(more));
    return args.toArray(String[]::new);
  }

  @Test
  void aServerWithoutStarttlsNeverReceivesThePassword() throws Exception {
    try (ScriptedSmtp server = new ScriptedSmtp(null)) {
      Run run = Run.of(LOGIN, mail(server.port()));
      assertThat(run.code()).isEqualTo(1);
      assertThat(run.err().strip()).isEqualTo("briefs: warning: no unsubscribe address (mail.unsubscribe in"
          + " briefs.yaml): the large mailbox providers require List-Unsubscribe of bulk senders\n"
          + "briefs: the SMTP server 127.0.0.1:" + server.port() + " does not offer STARTTLS, so the connection"
          + " cannot be encrypted and briefs does not send the password of `alice` in clear text (a relay on this"
          + " machine may be used with --smtp-insecure); sent 0 of 1");
      assertThat(run.out()).doesNotContain("sent ");
      assertThat(server.lines()).extracting(ScriptedSmtp.Line::text).noneMatch(l -> l.startsWith("AUTH"))
          .noneMatch(l -> l.startsWith("MAIL"));
      assertThat(server.messages()).isZero();
    }
  }

  @Test
  void smtpInsecureLetsALocalRelayTakeTheLoginAndSaysSo() throws Exception {
    Run run = Run.of(LOGIN, mail(PLAIN_RELAY.getSmtp().getPort(), "--smtp-insecure"));
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.err()).contains("briefs: warning: --smtp-insecure: the connection to 127.0.0.1:"
        + PLAIN_RELAY.getSmtp().getPort() + " is not encrypted: the login and the messages cross it in clear text");
    assertThat(run.out()).contains("sent 1 message through");
    assertThat(PLAIN_RELAY.getReceivedMessages()).hasSize(1);
  }

  @Test
  void aCertificateTheSystemDoesNotTrustStopsBeforeTheLogin() throws Exception {
    try (ScriptedSmtp server = new ScriptedSmtp(forLocalhost)) {
      Run run = Run.of(LOGIN, mail(server.port()));
      assertThat(run.code()).isEqualTo(1);
      assertThat(run.err()).contains("briefs: the TLS connection to the SMTP server 127.0.0.1:" + server.port()
          + " failed (its certificate is not trusted or not for this host name)");
      assertThat(server.lines()).extracting(ScriptedSmtp.Line::text).contains("STARTTLS")
          .noneMatch(l -> l.startsWith("AUTH"));
    }
  }

  @Test
  void aTrustedCertificateForThisHostCarriesTheLoginEncrypted() throws Exception {
    try (ScriptedSmtp server = new ScriptedSmtp(forLocalhost)) {
      SmtpSender sender = new SmtpSender(new SmtpSender.Server("127.0.0.1", server.port(), "alice", "s3cret", false),
          trusting(keys.resolve("localhost.p12")).getSocketFactory());
      sender.connect();
      assertThat(sender.encrypted()).isTrue();
      sender.send(message(), "a test message");
      sender.close();
      assertThat(server.messages()).isEqualTo(1);
      assertThat(server.lines()).filteredOn(l -> l.text().startsWith("AUTH"))
          .singleElement().satisfies(l -> assertThat(l.encrypted()).isTrue());
    }
  }

  @Test
  void aTrustedCertificateForAnotherHostIsRefused() throws Exception {
    try (ScriptedSmtp server = new ScriptedSmtp(forAnotherHost)) {
      SmtpSender sender = new SmtpSender(new SmtpSender.Server("127.0.0.1", server.port(), "alice", "s3cret", false),
          trusting(keys.resolve("mail.example.org.p12")).getSocketFactory());
      assertThat(org.assertj.core.api.Assertions.catchThrowable(sender::connect))
          .isInstanceOf(SmtpSender.SendFailure.class)
          .hasMessageContaining("failed (its certificate is not trusted or not for this host name)");
      sender.close();
      assertThat(server.lines()).extracting(ScriptedSmtp.Line::text).noneMatch(l -> l.startsWith("AUTH"));
    }
  }

  private static MimeMessage message() throws Exception {
    MimeMessage m = new MimeMessage(Session.getInstance(new Properties()));
    m.setFrom(new InternetAddress("briefs@example.com"));
    m.setRecipient(jakarta.mail.Message.RecipientType.TO, new InternetAddress("client@example.com"));
    m.setSubject("test");
    m.setText("hello");
    return m;
  }
}
