package io.briefs.mail;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import io.briefs.TestData;
import io.briefs.cli.Run;
import jakarta.mail.internet.MimeMessage;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code briefs mail --smtp} end to end against GreenMail on a loopback port: the received
 * message has its text, HTML, image and PDF parts; a refused connection or bad credentials end
 * in one line and exit 1, reporting exactly what was sent.
 */
class SmtpTest {
  @RegisterExtension
  static final GreenMailExtension SERVER = new GreenMailExtension(
      new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort())
      .withConfiguration(GreenMailConfiguration.aConfig().withUser("briefs@example.com", "briefs", "s3cret"));

  @TempDir Path dir;

  private static String smtp() {
    return "127.0.0.1:" + SERVER.getSmtp().getPort();
  }

  private static Map<String, String> login(String password) {
    return Map.of("SOURCE_DATE_EPOCH", "1748476800", "BRIEFS_SMTP_USER", "briefs",
        "BRIEFS_SMTP_PASSWORD", password);
  }

  @Test
  void sendsTheBriefWithAllItsParts() throws Exception {
    Run run = Run.of(login("s3cret"), "mail", "--smtp", smtp(), "--from", "briefs@example.com",
        "--to", "client@example.com", "--company", "dell", "--period", "FY2026-Q1", "--out", dir.resolve("site").toString());
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.out()).contains("sent dell-fy2026-q1 to client@example.com", "sent 1 message through " + smtp());
    assertThat(dir.resolve("site")).as("sending writes no site").doesNotExist();
    MimeMessage[] received = SERVER.getReceivedMessages();
    assertThat(received).hasSize(1);
    MailParts mail = MailParts.of(received[0]);
    assertThat(received[0].getSubject()).startsWith("Dell Q1 FY2026: ");
    assertThat(received[0].getAllRecipients()[0].toString()).isEqualTo("client@example.com");
    assertThat(mail.tree()).containsExactly("multipart/mixed", "  multipart/alternative", "    text/plain",
        "    multipart/related", "      text/html", "      image/png", "      image/png", "      image/png",
        "      image/png", "      image/png", "  application/pdf");
    assertThat(mail.text()).contains("AI server orders rose to a record $12.1 billion");
    assertThat(mail.html()).contains("cid:chart-revenue-by-segment.dell-fy2026-q1@briefs").doesNotContain("<style");
    assertThat(MailParts.bytes(mail.pdf())).startsWith('%', 'P', 'D', 'F');
    assertThat(MailParts.bytes(mail.pdf()).length).isGreaterThan(10_000);
  }

  @Test
  void badCredentialsFailInOneLineAndSendNothing() {
    Run run = Run.of(login("wrong"), "mail", "--smtp", smtp(), "--to", "client@example.com",
        "--data", oneBrief().toString());
    assertThat(run.code()).isEqualTo(1);
    assertThat(run.err().strip()).doesNotContain("\n")
        .startsWith("briefs: the SMTP server " + smtp() + " refused the credentials of `briefs`")
        .endsWith("; sent 0 of 1");
    assertThat(run.out()).doesNotContain("sent ");
    assertThat(SERVER.getReceivedMessages()).isEmpty();
  }

  @Test
  void refusedConnectionFailsInOneLine() throws Exception {
    int closed;
    try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      closed = socket.getLocalPort();
    }
    Run run = Run.of(Map.of(), "mail", "--smtp", "127.0.0.1:" + closed, "--to", "client@example.com",
        "--data", oneBrief().toString());
    assertThat(run.code()).isEqualTo(1);
    assertThat(run.err().strip()).doesNotContain("\n")
        .startsWith("briefs: cannot connect to the SMTP server 127.0.0.1:" + closed + ": ")
        .contains("refused").endsWith("; sent 0 of 1");
  }

  @Test
  void smtpNeedsARecipientAndAPort() {
    assertThat(Run.of("mail", "--smtp", "localhost").code()).isEqualTo(2);
    Run run = Run.of("mail", "--smtp", smtp());
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("--smtp needs at least one --to address");
  }

  @Test
  void aFailureAfterTheFirstMessageReportsExactlyWhatWasSent() throws Exception {
    Path data = TestData.in(dir).quarter("FY2025-Q1", QUARTER).quarter("FY2025-Q2", QUARTER
        .replace("2025-03-31", "2025-06-30").replace("2025-04-24", "2025-07-24")).root();
    try (RefusesSecondMessage server = new RefusesSecondMessage()) {
      Run run = Run.of(Map.of(), "mail", "--smtp", "127.0.0.1:" + server.port(), "--to", "client@example.com",
          "--data", data.toString());
      assertThat(run.code()).isEqualTo(1);
      assertThat(run.out()).contains("sent acme-fy2025-q1 to client@example.com").doesNotContain("acme-fy2025-q2");
      assertThat(run.err().strip()).doesNotContain("\n")
          .startsWith("briefs: the SMTP server 127.0.0.1:" + server.port() + " did not accept acme-fy2025-q2: ")
          .endsWith("; sent 1 of 2 (acme-fy2025-q1)");
    }
  }

  private static final String QUARTER = """
      period_end: 2025-03-31
      reported: 2025-04-24
      units: millions
      results: { revenue: 1000, operating_income: 120 }
      """;

  private Path oneBrief() {
    return TestData.in(dir).quarter("FY2025-Q1", QUARTER).root();
  }
}
