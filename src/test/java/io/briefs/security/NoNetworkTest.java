package io.briefs.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.briefs.cli.Run;
import io.briefs.cli.Trees;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A template that points at a web address or at a file outside the project makes the build say
 * so and stop: the PDF renderer sends no request and reads no file. A dataset's addresses are
 * links at most: commentary images become their alt text and other schemes plain text, with a
 * warning naming the line.
 */
class NoNetworkTest {
  @TempDir Path dir;

  @Test
  void externalResourcesInATemplateAreRefusedAndNamed() throws Exception {
    AtomicInteger requests = new AtomicInteger();
    HttpServer server = countingServer(requests);
    try {
      String url = "http://127.0.0.1:" + server.getAddress().getPort();
      Path outside = Files.writeString(dir.resolve("outside.css"), "body { color: red }");
      Path templates = dir.resolve("templates");
      Trees.copy(Path.of("templates"), templates);
      Path brief = templates.resolve("brief.ftlh");
      Files.writeString(brief, Files.readString(brief).replace("</head>",
          "<link rel=\"stylesheet\" href=\"" + outside.toUri() + "\">\n"
              + "<link rel=\"stylesheet\" href=\"" + url + "/style.css\">\n</head>").replaceFirst("<main[^>]*>",
          "$0<img src=\"" + url + "/logo.png\" alt=\"logo\">"));
      Run run = Run.of("build", "--templates", templates.toString(), "--out", dir.resolve("site").toString());
      assertThat(run.code()).isEqualTo(1);
      assertThat(run.err()).contains("refused to load", url + "/logo.png", "briefs never fetches from the network");
      assertThat(requests.get()).as("requests the build made").isZero();
      assertThat(dir.resolve("site")).doesNotExist();
    } finally {
      server.stop(0);
    }
  }

  @Test
  void addressesInADatasetAreNeverFetchedAndTheBuildSaysSo() throws Exception {
    AtomicInteger requests = new AtomicInteger();
    HttpServer server = countingServer(requests);
    try {
      String url = "http://127.0.0.1:" + server.getAddress().getPort();
      Path data = dir.resolve("data");
      Trees.copy(Path.of("data"), data);
      Path quarter = data.resolve("dell/fy2026-q1.yaml");
      Files.writeString(quarter, Files.readString(quarter).replace("commentary: |\n",
          "commentary: |\n  ![chart](" + url + "/chart.png) See [the filing](file:///etc/passwd) and"
              + " [our notes](" + url + "/notes).\n\n"));
      Path site = dir.resolve("site");
      Run run = Run.of("build", "--data", data.toString(), "--out", site.toString());
      assertThat(run.code()).as(run.err()).isZero();
      assertThat(run.err()).contains("fy2026-q1.yaml:69:3: warning: commentary image " + url
          + "/chart.png is shown as its alt text")
          .contains("commentary link file:///etc/passwd is not a web (http, https) or mail address");
      String page = Files.readString(site.resolve("dell/fy2026-q1/index.html"));
      assertThat(page).doesNotContain(url + "/chart.png").doesNotContain("file:///etc/passwd")
          .contains("href=\"" + url + "/notes\"");
      assertThat(requests.get()).as("requests the build made").isZero();
    } finally {
      server.stop(0);
    }
  }

  /** A local web server that answers 404 and counts the requests it gets. */
  private static HttpServer countingServer(AtomicInteger requests) throws java.io.IOException {
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/", exchange -> {
      requests.incrementAndGet();
      exchange.sendResponseHeaders(404, -1);
      exchange.close();
    });
    server.start();
    return server;
  }
}
