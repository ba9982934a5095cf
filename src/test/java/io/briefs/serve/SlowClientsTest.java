package io.briefs.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Slow and stalled clients cannot hold {@code briefs serve} (issue 18, item 9): connections that
 * send part of a request and wait take no worker, so every other request, live reload included,
 * is answered at once, and they are closed when their time to send the request is up; beyond the
 * connection limit a client is told to come back, not kept waiting.
 */
class SlowClientsTest {
  @TempDir Path site;
  private SiteServer server;
  private LiveReload reload;
  private final List<Socket> stalled = new ArrayList<>();

  @BeforeEach
  void start() throws IOException {
    Files.writeString(site.resolve("index.html"), "<!DOCTYPE html><html><body><p>home</p></body></html>");
    reload = new LiveReload();
    server = SiteServer.start(site, 0, () -> new ServeStatus(1, List.of(), Map.of()), reload);
  }

  @AfterEach
  void stop() throws IOException {
    for (Socket s : stalled) {
      s.close();
    }
    server.close();
    reload.close();
  }

  /** A connection that sends the start of a request and then nothing. */
  private Socket halfOpen() throws IOException {
    Socket s = new Socket(InetAddress.getLoopbackAddress(), server.port());
    OutputStream out = s.getOutputStream();
    out.write("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nUser-Agent: slow".getBytes(StandardCharsets.US_ASCII));
    out.flush();
    stalled.add(s);
    return s;
  }

  private Duration timed(String path) throws Exception {
    long start = System.nanoTime();
    RawHttp.Reply reply = RawHttp.request(server.port(), "GET", path, "127.0.0.1");
    assertThat(reply.status()).isEqualTo(200);
    return Duration.ofNanos(System.nanoTime() - start);
  }

  @Test
  void halfOpenConnectionsHoldNoWorker() throws Exception {
    // four stalled clients froze the server before (its four threads each waited on one); now
    // many times the number of workers do not
    for (int i = 0; i < 4 * HttpListener.ConnectionLimits.standard().workers(); i++) {
      halfOpen();
    }
    Thread.sleep(200);
    assertThat(timed("/")).isLessThan(Duration.ofSeconds(1));
    assertThat(timed(LiveReload.STATUS_PATH)).isLessThan(Duration.ofSeconds(1));
    // and the live-reload stream opens and greets at once
    try (Socket events = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
      events.setSoTimeout(2_000);
      events.getOutputStream().write(("GET " + LiveReload.EVENTS_PATH + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
          .getBytes(StandardCharsets.US_ASCII));
      StringBuilder head = new StringBuilder();
      InputStream in = events.getInputStream();
      while (!head.toString().contains("event: hello")) {
        int b = in.read();
        assertThat(b).as("the stream so far: %s", head).isNotNegative();
        head.append((char) b);
      }
      assertThat(head.toString()).startsWith("HTTP/1.1 200").contains("text/event-stream");
    }
  }

  @Test
  void aClientThatNeverFinishesItsRequestIsClosed() throws Exception {
    Socket s = halfOpen();
    s.setSoTimeout(15_000);
    long start = System.nanoTime();
    InputStream in = s.getInputStream();
    assertThat(in.read()).as("closed without an answer").isEqualTo(-1);
    Duration waited = Duration.ofNanos(System.nanoTime() - start);
    assertThat(waited).isBetween(Duration.ofSeconds(4), Duration.ofSeconds(7));
  }

  @Test
  void beyondTheConnectionLimitAClientIsToldToComeBack() throws Exception {
    for (int i = 0; i < HttpListener.ConnectionLimits.standard().maxConnections(); i++) {
      halfOpen();
    }
    Thread.sleep(200);
    long start = System.nanoTime();
    RawHttp.Reply reply = RawHttp.request(server.port(), "GET", "/", "127.0.0.1");
    assertThat(reply.status()).isEqualTo(503);
    assertThat(reply.header("Retry-After")).isEqualTo("1");
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(1));
  }

  @Test
  void anOversizedRequestHeadIsRefused() throws Exception {
    RawHttp.Reply reply = RawHttp.request(server.port(), "GET", "/?" + "x".repeat(20_000), "127.0.0.1");
    assertThat(reply.status()).isEqualTo(431);
  }
}
