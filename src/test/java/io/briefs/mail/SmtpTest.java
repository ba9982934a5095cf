package io.briefs.mail;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import io.briefs.TestData;
import io.briefs.cli.Run;
import jakarta.mail.Message.RecipientType;
import jakarta.mail.internet.MimeMessage;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code briefs mail --smtp} end to end against GreenMail on a loopback port: one message per
 * recipient, each addressed to that recipient alone, with its unsubscribe headers, the date it was
 * sent, a Message-ID at the sender's domain and the PDF; a server that fails mid-list, then the
 * same command again, which sends only the rest; a refused connection or bad credentials end in
 * one line and exit 1, reporting exactly what was sent. (StarttlsTest: what happens to a login.)
 */
class SmtpTest {
  @RegisterExtension
  static final GreenMailExtension SERVER = new GreenMailExtension(
      new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort())
      .withConfiguration(GreenMailConfiguration.aConfig().withUser("briefs@example.com", "briefs", "s3cret"));

  private static final Map<String, String> ENV = Map.of("SOURCE_DATE_EPOCH", "1748476800");
  private static final String CONFIG = """
      name: Northwind Research
      mail:
        from: Northwind Research <briefs@research.example.com>
        unsubscribe:
          - mailto:leave@research.example.com?subject=unsubscribe
          - https://research.example.com/unsubscribe?address={address}
      """;

  @TempDir Path dir;

  private static String smtp() {
    return "127.0.0.1:" + SERVER.getSmtp().getPort();
  }

  private Path config() throws Exception {
    return Files.writeString(dir.resolve("briefs.yaml"), CONFIG);
  }

  private Path recipients() throws Exception {
    // three people: two on the command line, one in the file (with a comment, a blank line and a
    // repeat of an address given already, which gets no second message)
    return Files.writeString(dir.resolve("subscribers.txt"), """
        # subscribers
        Carol Client <carol@example.org>

        ALICE@example.com
        """);
  }

  private List<String> mail(String server, String... more) throws Exception {
    List<String> args = new ArrayList<>(List.of("mail", "--smtp", server, "--config", config().toString(),
        "--company", "dell", "--period", "FY2026-Q1", "--to", "alice@example.com", "--to", "Bob <bob@example.net>",
        "--to-file", recipients().toString(), "--send-log", dir.resolve("sent.log").toString(), "--rate", "0"));
    args.addAll(Arrays.asList(more));
    return args;
  }

  @Test
  void eachRecipientGetsAMessageOfTheirOwn() throws Exception {
    Instant before = Instant.now().minusSeconds(2);
    Run run = Run.of(ENV, mail(smtp()).toArray(String[]::new));
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.out()).contains("sent dell-fy2026-q1 to alice@example.com", "sent dell-fy2026-q1 to bob@example.net",
        "sent dell-fy2026-q1 to carol@example.org", "sent 3 messages through " + smtp());
    MimeMessage[] received = SERVER.getReceivedMessages();
    assertThat(received).hasSize(3);
    Map<String, MimeMessage> byRecipient = new TreeMap<>();
    for (MimeMessage m : received) {
      // addressed to one person: no other recipient is named anywhere in the message
      assertThat(m.getRecipients(RecipientType.TO)).hasSize(1);
      assertThat(m.getRecipients(RecipientType.CC)).isNull();
      assertThat(m.getHeader("Bcc")).isNull();
      byRecipient.put(((jakarta.mail.internet.InternetAddress) m.getRecipients(RecipientType.TO)[0]).getAddress(), m);
    }
    assertThat(byRecipient).containsOnlyKeys("alice@example.com", "bob@example.net", "carol@example.org");
    for (Map.Entry<String, MimeMessage> e : byRecipient.entrySet()) {
      MimeMessage m = e.getValue();
      String others = String.join(" ", byRecipient.keySet().stream().filter(a -> !a.equals(e.getKey())).toList());
      assertThat(new String(MailParts.raw(m), java.nio.charset.StandardCharsets.UTF_8))
          .as("the message to %s names no other recipient", e.getKey())
          .doesNotContain(others.split(" ")[0], others.split(" ")[1]);
      assertThat(m.getFrom()[0].toString()).isEqualTo("Northwind Research <briefs@research.example.com>");
      assertThat(m.getHeader("List-Unsubscribe", null)).isEqualTo("<mailto:leave@research.example.com?subject=unsubscribe>,"
          + " <https://research.example.com/unsubscribe?address=" + e.getKey().replace("@", "%40") + ">");
      assertThat(m.getHeader("List-Unsubscribe-Post", null)).isEqualTo("List-Unsubscribe=One-Click");
      assertThat(m.getMessageID()).matches("<[0-9a-f]{32}\\.dell-fy2026-q1@research\\.example\\.com>");
      // the date it was sent, not the brief's (29 May 2025)
      assertThat(m.getSentDate().toInstant()).isBetween(before, Instant.now().plusSeconds(2));
      MailParts parts = MailParts.of(m);
      assertThat(parts.pdf().getFileName()).isEqualTo("dell-fy2026-q1.pdf");
      assertThat(MailParts.bytes(parts.pdf())).startsWith('%', 'P', 'D', 'F');
    }
    assertThat(byRecipient.get("carol@example.org").getRecipients(RecipientType.TO)[0].toString())
        .isEqualTo("Carol Client <carol@example.org>");
    assertThat(Arrays.stream(received).map(this::messageId).distinct()).hasSize(3);
    assertThat(Files.readAllLines(dir.resolve("sent.log")).stream().filter(l -> !l.startsWith("#"))).hasSize(3);

    // the same command again sends nothing: all three are in the send log
    Run again = Run.of(ENV, mail(smtp()).toArray(String[]::new));
    assertThat(again.code()).as(again.err()).isZero();
    assertThat(again.out()).contains("sent 0 messages through " + smtp() + "; skipped 3 already sent");
    assertThat(SERVER.getReceivedMessages()).hasSize(3);
  }

  private String messageId(MimeMessage m) {
    try {
      return m.getMessageID();
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void aServerThatFailsMidListThenTheSameCommandSendsOnlyTheRest() throws Exception {
    try (CutsAfterFirstMessage failing = new CutsAfterFirstMessage(SERVER.getSmtp().getPort())) {
      Run run = Run.of(ENV, mail("127.0.0.1:" + failing.port()).toArray(String[]::new));
      assertThat(run.code()).isEqualTo(1);
      assertThat(run.out().strip()).isEqualTo("sent dell-fy2026-q1 to alice@example.com");
      assertThat(run.err().strip()).doesNotContain("\n")
          .startsWith("briefs: the SMTP server 127.0.0.1:" + failing.port()
              + " did not accept dell-fy2026-q1 for bob@example.net: ")
          .endsWith("; sent 1 of 3 (the send log " + dir.resolve("sent.log")
              + " lists what was sent: the same command sends only the rest)");
    }
    assertThat(SERVER.getReceivedMessages()).hasSize(1);

    Run resumed = Run.of(ENV, mail(smtp()).toArray(String[]::new));
    assertThat(resumed.code()).as(resumed.err()).isZero();
    assertThat(resumed.out()).doesNotContain("to alice@example.com")
        .contains("sent dell-fy2026-q1 to bob@example.net", "sent dell-fy2026-q1 to carol@example.org",
            "sent 2 messages through " + smtp() + "; skipped 1 already sent (send log " + dir.resolve("sent.log") + ")");
    List<String> to = new ArrayList<>();
    for (MimeMessage m : SERVER.getReceivedMessages()) {
      to.add(((jakarta.mail.internet.InternetAddress) m.getRecipients(RecipientType.TO)[0]).getAddress());
    }
    assertThat(to).containsExactlyInAnyOrder("alice@example.com", "bob@example.net", "carol@example.org");
  }

  @Test
  void aDryRunSaysWhatWouldBeSentAndSendsNothing() throws Exception {
    Run run = Run.of(ENV, mail(smtp(), "--dry-run").toArray(String[]::new));
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.out()).contains("would send dell-fy2026-q1 to alice@example.com",
        "would send dell-fy2026-q1 to carol@example.org",
        "dry run: would send 3 messages (1 brief to 3 recipients) through " + smtp() + "; nothing was sent",
        "From: Northwind Research <briefs@research.example.com>; List-Unsubscribe: <mailto:leave@");
    assertThat(SERVER.getReceivedMessages()).isEmpty();
    assertThat(dir.resolve("sent.log")).doesNotExist();
  }

  @Test
  void messagesAreSpacedOutByTheRate() throws Exception {
    List<String> args = mail(smtp());
    args.set(args.indexOf("--rate") + 1, "300"); // one every 0.2 s
    long start = System.nanoTime();
    Run run = Run.of(ENV, args.toArray(String[]::new));
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThan(Duration.ofMillis(400));
  }

  @Test
  void sendingNeedsASenderAndRecipients() throws Exception {
    Run noSender = Run.of("mail", "--smtp", smtp(), "--to", "a@example.com");
    assertThat(noSender.code()).isEqualTo(2);
    assertThat(noSender.err()).contains("a message needs a sender: set mail.from in briefs.yaml or give --from");
    Run noRecipient = Run.of("mail", "--smtp", smtp(), "--from", "briefs@example.com");
    assertThat(noRecipient.code()).isEqualTo(2);
    assertThat(noRecipient.err()).contains("--smtp needs at least one --to address or a --to-file");
    assertThat(Run.of("mail", "--smtp", "localhost", "--to", "a@example.com").code()).isEqualTo(2);
    Path bad = Files.writeString(dir.resolve("list.txt"), "ok@example.com\n  not an address\n");
    Run badFile = Run.of("mail", "--smtp", smtp(), "--from", "briefs@example.com", "--to-file", bad.toString());
    assertThat(badFile.code()).isEqualTo(1);
    assertThat(badFile.err()).contains(bad + ":2:3: error: `not an address` is not a mail address");
  }

  @Test
  void badCredentialsFailInOneLineAndSendNothing() {
    Run run = Run.of(Map.of("BRIEFS_SMTP_USER", "briefs", "BRIEFS_SMTP_PASSWORD", "wrong"), "mail", "--smtp", smtp(),
        "--smtp-insecure", "--from", "briefs@example.com", "--to", "client@example.com", "--data",
        oneBrief().toString(), "--send-log", dir.resolve("sent.log").toString());
    assertThat(run.code()).isEqualTo(1);
    assertThat(run.err().lines().filter(l -> !l.contains("warning:")).toList())
        .containsExactly("briefs: the SMTP server " + smtp() + " refused the credentials of `briefs`: "
            + "535 5.7.8 Authentication credentials invalid; sent 0 of 1");
    assertThat(run.out()).doesNotContain("sent ");
    assertThat(SERVER.getReceivedMessages()).isEmpty();
  }

  @Test
  void refusedConnectionFailsInOneLine() throws Exception {
    int closed;
    try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      closed = socket.getLocalPort();
    }
    Run run = Run.of(Map.of(), "mail", "--smtp", "127.0.0.1:" + closed, "--from", "briefs@example.com",
        "--to", "client@example.com", "--data", oneBrief().toString(), "--send-log", dir.resolve("sent.log").toString());
    assertThat(run.code()).isEqualTo(1);
    assertThat(run.err().lines().filter(l -> !l.contains("warning:")).toList()).singleElement()
        .satisfies(l -> assertThat(l).startsWith("briefs: cannot connect to the SMTP server 127.0.0.1:" + closed + ": ")
            .contains("refused").endsWith("; sent 0 of 1"));
  }

  @Test
  void aRefusedMessageReportsExactlyWhatWasSent() throws Exception {
    Path data = TestData.in(dir).quarter("FY2025-Q1", QUARTER).quarter("FY2025-Q2", QUARTER
        .replace("2025-03-31", "2025-06-30").replace("2025-04-24", "2025-07-24")).root();
    try (ScriptedSmtp server = ScriptedSmtp.refusingTheSecondMessage()) {
      Run run = Run.of(Map.of(), "mail", "--smtp", "127.0.0.1:" + server.port(), "--from", "briefs@example.com",
          "--to", "client@example.com", "--data", data.toString(), "--rate", "0",
          "--send-log", dir.resolve("sent.log").toString());
      assertThat(run.code()).isEqualTo(1);
      assertThat(run.out()).contains("sent acme-fy2025-q1 to client@example.com").doesNotContain("acme-fy2025-q2");
      assertThat(run.err()).contains("briefs: the SMTP server 127.0.0.1:" + server.port()
          + " did not accept acme-fy2025-q2 for client@example.com: 554 5.7.1 message refused by policy", "; sent 1 of 2");
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
