package io.briefs.sec;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.briefs.cli.Run;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --cik} against a local server standing in for data.sec.gov: the User-Agent the user
 * gives is sent (and nothing is sent without one), the document may come gzipped, and a refusal
 * or an unreachable server is one clear line.
 */
class SecFetchTest {
  private static final String PATH = "/api/xbrl/companyfacts/CIK0001571996.json";
  private static final String AGENT = "Briefs Tests briefs-tests@example.com";

  @TempDir Path dir;
  private HttpServer server;
  private final List<Map<String, String>> requests = new CopyOnWriteArrayList<>();
  private volatile int status = 200;
  private volatile byte[] body;

  @BeforeEach
  void serve() throws IOException {
    body = Files.readAllBytes(SecFixture.DOCUMENT);
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/", exchange -> {
      requests.add(Map.of("path", exchange.getRequestURI().getPath(),
          "agent", String.valueOf(exchange.getRequestHeaders().getFirst("User-Agent")),
          "encoding", String.valueOf(exchange.getRequestHeaders().getFirst("Accept-Encoding"))));
      byte[] out = exchange.getRequestURI().getPath().equals(PATH) && status == 200 ? body
          : "<html>refused</html>".getBytes(StandardCharsets.UTF_8);
      int code = exchange.getRequestURI().getPath().equals(PATH) ? status : 404;
      if (code == 200 && String.valueOf(exchange.getRequestHeaders().getFirst("Accept-Encoding")).contains("gzip")) {
        ByteArrayOutputStream zipped = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(zipped)) {
          gz.write(out);
        }
        out = zipped.toByteArray();
        exchange.getResponseHeaders().add("Content-Encoding", "gzip");
      }
      exchange.getResponseHeaders().add("Content-Type", "application/json");
      exchange.sendResponseHeaders(code, out.length);
      try (OutputStream os = exchange.getResponseBody()) {
        os.write(out);
      }
    });
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private String base() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  private Run fetch(Map<String, String> env, String... extra) {
    String[] args = {"import", "sec", "--cik", "1571996", "--company", "dell", "--data", dir.resolve("data").toString()};
    String[] all = new String[args.length + extra.length];
    System.arraycopy(args, 0, all, 0, args.length);
    System.arraycopy(extra, 0, all, args.length, extra.length);
    return Run.of(env, all);
  }

  @Test
  void theDocumentIsFetchedWithTheUserAgentGiven() throws Exception {
    Run run = fetch(Map.of(SecFetcher.BASE_ENV, base()), "--user-agent", AGENT);
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.out()).contains("fetched " + base() + PATH + " (",
        "created " + dir.resolve("data/dell/fy2026-q1.yaml"), "9 created");
    assertThat(requests).hasSize(1);
    assertThat(requests.get(0)).containsEntry("path", PATH).containsEntry("agent", AGENT)
        .containsEntry("encoding", "gzip");
    // the same files as from the document on disk
    Path local = dir.resolve("local");
    SecFixture.importInto(local);
    assertThat(Files.readString(dir.resolve("data/dell/fy2026-q1.yaml")))
        .isEqualTo(Files.readString(local.resolve("dell/fy2026-q1.yaml")));
  }

  @Test
  void theUserAgentMayComeFromTheEnvironment() {
    Run run = fetch(Map.of(SecFetcher.BASE_ENV, base(), SecFetcher.AGENT_ENV, AGENT));
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(requests).singleElement().satisfies(r -> assertThat(r).containsEntry("agent", AGENT));
  }

  @Test
  void withoutAUserAgentNothingIsSent() {
    Run run = fetch(Map.of(SecFetcher.BASE_ENV, base()));
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("the SEC requires a User-Agent naming you and a contact address",
        "--user-agent", SecFetcher.AGENT_ENV);
    assertThat(requests).isEmpty();
    assertThat(dir.resolve("data")).doesNotExist();
  }

  @Test
  void aRefusalIsOneClearLine() {
    status = 403;
    Run forbidden = fetch(Map.of(SecFetcher.BASE_ENV, base()), "--user-agent", AGENT);
    assertThat(forbidden.code()).isEqualTo(1);
    assertThat(forbidden.err().strip()).isEqualTo(base() + PATH + ": error: the server refused the request (HTTP"
        + " 403): the SEC refuses requests whose User-Agent does not name the requester with a contact address, and"
        + " requests beyond 10 per second");
    status = 404;
    Run missing = fetch(Map.of(SecFetcher.BASE_ENV, base()), "--user-agent", AGENT);
    assertThat(missing.code()).isEqualTo(1);
    assertThat(missing.err()).startsWith(base() + PATH + ": error: no company facts for CIK 1571996 (HTTP 404)");
    assertThat(missing.err().lines()).hasSize(1);
    assertThat(dir.resolve("data")).doesNotExist();
  }

  @Test
  void anUnreachableServerIsOneClearLine() {
    String closed = base();
    server.stop(0);
    Run run = fetch(Map.of(SecFetcher.BASE_ENV, closed), "--user-agent", AGENT);
    assertThat(run.code()).isEqualTo(1);
    assertThat(run.err()).startsWith(closed + PATH + ": error: could not connect to 127.0.0.1");
    assertThat(run.err().lines()).hasSize(1);
    assertThat(run.err()).doesNotContain("Exception", "\tat ");
  }

  @Test
  void aBrokenDocumentFromTheServerNamesTheAddress() {
    body = "{\"cik\": 1571996, \"facts\": ".getBytes(StandardCharsets.UTF_8);
    Run run = fetch(Map.of(SecFetcher.BASE_ENV, base()), "--user-agent", AGENT);
    assertThat(run.code()).isEqualTo(1);
    assertThat(run.err()).startsWith(base() + PATH + ":1:").contains("error: malformed JSON");
  }

  @Test
  void plainHttpIsOnlyForThisMachine() {
    Run run = fetch(Map.of(SecFetcher.BASE_ENV, "http://data.sec.gov"), "--user-agent", AGENT);
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains(SecFetcher.BASE_ENV + " must be an https address");
    assertThat(SecFetcher.of(Map.of(), AGENT).url(320193))
        .isEqualTo("https://data.sec.gov/api/xbrl/companyfacts/CIK0000320193.json");
    Run badCik = Run.of(Map.of(SecFetcher.BASE_ENV, base()), "import", "sec", "--cik", "DELL", "--company", "dell",
        "--user-agent", AGENT, "--data", dir.resolve("data").toString());
    assertThat(badCik.code()).isEqualTo(2);
    assertThat(badCik.err()).contains("--cik `DELL` is not a Central Index Key");
    assertThat(requests).isEmpty();
  }
}
