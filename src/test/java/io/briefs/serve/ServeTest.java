package io.briefs.serve;

import io.briefs.pipeline.BuildResult;
import static org.assertj.core.api.Assertions.assertThat;

import io.briefs.pipeline.BuildOptions;
import io.briefs.pipeline.Pipeline;
import io.briefs.TestData;
import io.briefs.cli.Trees;
import io.briefs.diag.Diagnostic;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code briefs serve} in-process on a free port: pages over HTTP with the reload script, safe
 * paths and media types, a rebuild after a data change, the error page after a broken file, and
 * recovery once it is fixed.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ServeTest {
  private static final Duration BUILD = Duration.ofSeconds(90);
  /** A quarter of the test company, for other tests of the server too. */
  static final String Q1 = """
      period_end: 2025-03-31
      reported: 2025-04-24
      units: millions
      results: { revenue: 100 }
      segments: { cloud: { revenue: 60 }, devices: { revenue: 40 } }
      """;

  @TempDir static Path dir;
  static TestData data;
  static DevServer server;
  static final List<String> log = Collections.synchronizedList(new ArrayList<>());

  @BeforeAll
  static void start() throws Exception {
    data = TestData.in(dir).quarter("FY2025-Q1", Q1);
    Path templates = dir.resolve("templates");
    Trees.copy(Path.of("templates"), templates);
    BuildOptions options = new BuildOptions(data.root(), templates, dir.resolve("site"), null);
    server = DevServer.start(options, 0, new DevServer.Log() {
      @Override
      public void built(BuildResult result, Duration took) {
        log.add("built " + result.briefs());
      }

      @Override
      public void failed(List<Diagnostic> errors) {
        errors.forEach(d -> log.add(d.format()));
      }
    });
  }

  @AfterAll
  static void stop() throws IOException {
    server.close();
  }

  static RawHttp.Reply get(String path) throws Exception {
    return get(path, "127.0.0.1:" + server.port());
  }

  static RawHttp.Reply get(String path, String host) throws Exception {
    // a raw request: an HTTP client would normalise dot segments away
    return RawHttp.request(server.port(), "GET", path, host);
  }

  @Test
  @Order(1)
  void servesPagesWithTypesAndTheReloadScript() throws Exception {
    assertThat(server.version()).isEqualTo(1);
    RawHttp.Reply home = get("/");
    assertThat(home.status()).isEqualTo(200);
    assertThat(home.header("Content-Type")).isEqualTo("text/html; charset=utf-8");
    assertThat(home.body()).contains("Latest briefs", LiveReload.EVENTS_PATH);
    assertThat(Files.readString(dir.resolve("site/index.html"))).doesNotContain("<script");
    assertThat(get("/acme/fy2025-q1/").body()).contains("<h1>");
    assertThat(get("/assets/site.css").header("Content-Type")).isEqualTo("text/css; charset=utf-8");
    assertThat(get("/feed.xml").header("Content-Type")).isEqualTo("application/atom+xml");
    assertThat(get("/acme/fy2025-q1/acme-fy2025-q1.pdf").header("Content-Type")).isEqualTo("application/pdf");
    assertThat(get("/acme/fy2025-q1/figures.csv").header("Content-Type")).isEqualTo("text/csv; charset=utf-8");
    RawHttp.Reply folder = get("/acme");
    assertThat(folder.status()).isEqualTo(301);
    assertThat(folder.header("Location")).isEqualTo("/acme/");
    assertThat(get(LiveReload.STATUS_PATH).body()).isEqualTo("{\"version\":1,\"ok\":true}");
  }

  @Test
  @Order(2)
  void servesNothingOutsideTheSite() throws Exception {
    Files.writeString(dir.resolve("secret.txt"), "secret");
    Files.createSymbolicLink(dir.resolve("site/leak.txt"), dir.resolve("secret.txt"));
    Files.createSymbolicLink(dir.resolve("site/leak"), dir);
    for (String path : List.of("/../secret.txt", "/%2e%2e/secret.txt", "/acme/..%2f..%2fsecret.txt",
        "/leak.txt", "/leak/secret.txt", "/.briefs-manifest", "/..%5csecret.txt", "/nothing-here")) {
      RawHttp.Reply r = get(path);
      assertThat(r.status()).as(path).isEqualTo(404);
      assertThat(r.body()).as(path).doesNotContain("secret").contains("Page not found");
    }
    assertThat(get("/", "evil.example").status()).isEqualTo(421);
    assertThat(RawHttp.request(server.port(), "POST", "/", "localhost").status()).isEqualTo(405);
    assertThat(RawHttp.request(server.port(), "HEAD", "/", "localhost").status()).isEqualTo(200);
  }

  @Test
  @Order(3)
  void rebuildsWhenDataChanges() throws Exception {
    long before = server.version();
    data.quarter("FY2025-Q2", Q1.replace("2025-03-31", "2025-06-30").replace("2025-04-24", "2025-07-24")
        .replace("revenue: 100", "revenue: 130").replace("revenue: 60", "revenue: 90"));
    assertThat(server.awaitBuildAfter(before, BUILD)).as("a rebuild after the change; log: %s", log).isTrue();
    assertThat(get(LiveReload.STATUS_PATH).body()).contains("\"ok\":true");
    assertThat(get("/acme/fy2025-q2/").status()).isEqualTo(200);
    assertThat(get("/").body()).contains("Q2 FY2025");
  }

  @Test
  @Order(4)
  void brokenDataShowsTheErrorsInThePageAndTheLog() throws Exception {
    long before = server.version();
    data.quarter("FY2025-Q2", Q1.replace("2025-03-31", "2025-06-30").replace("results: { revenue: 100 }",
        "results: { revnue: 100 }"));
    assertThat(server.awaitBuildAfter(before, BUILD)).as("a rebuild after the change; log: %s", log).isTrue();
    RawHttp.Reply page = get("/");
    assertThat(page.status()).isEqualTo(500);
    assertThat(page.body()).contains("The build failed", "fy2025-q2.yaml:", "did you mean `revenue`",
        LiveReload.EVENTS_PATH, "<link rel=\"icon\" href=\"data:,\">");
    assertThat(get(LiveReload.STATUS_PATH).body()).contains("\"ok\":false");
    assertThat(get("/assets/site.css").status()).isEqualTo(200);
    assertThat(log).anyMatch(line -> line.contains("fy2025-q2.yaml:") && line.contains("revnue"));
  }

  @Test
  @Order(5)
  void fixingTheFileBringsTheSiteBack() throws Exception {
    long before = server.version();
    Files.delete(data.root().resolve("acme/fy2025-q2.yaml"));
    assertThat(server.awaitBuildAfter(before, BUILD)).as("a rebuild after the change; log: %s", log).isTrue();
    assertThat(get("/").status()).isEqualTo(200);
    assertThat(get("/acme/fy2025-q2/").status()).isEqualTo(404);
  }

  @Test
  @Order(6)
  void brokenTemplateNamesItsFileAndLine() throws Exception {
    long before = server.version();
    Path index = dir.resolve("templates/index.ftlh");
    String good = Files.readString(index);
    Files.writeString(index, "<html>\n<p>${no.such.thing}</p>\n</html>\n");
    assertThat(server.awaitBuildAfter(before, BUILD)).as("a rebuild after the change; log: %s", log).isTrue();
    assertThat(get("/").body()).contains("index.ftlh:2:");
    long broken = server.version();
    Files.writeString(index, good);
    assertThat(server.awaitBuildAfter(broken, BUILD)).isTrue();
    assertThat(get("/").status()).isEqualTo(200);
  }
}
