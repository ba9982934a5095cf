package io.briefs.sec;

import io.briefs.diag.BriefsException;
import io.briefs.diag.Diagnostic;
import io.briefs.diag.Severity;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * Fetches a company-facts document from the SEC over HTTPS. The SEC requires a User-Agent naming
 * the requester with a contact address and allows about 10 requests per second: the user gives
 * the User-Agent (nothing is sent without one) and every request waits its turn in
 * {@link RateLimiter#SEC}. Only {@code briefs import sec --cik} uses the network; builds never do.
 */
public final class SecFetcher {
  /** Where company facts are served. */
  public static final String DEFAULT_BASE = "https://data.sec.gov";
  /** Environment variable that replaces {@link #DEFAULT_BASE}: for testing against a local server. */
  public static final String BASE_ENV = "BRIEFS_SEC_BASE_URL";
  /** Environment variable holding the User-Agent when {@code --user-agent} is not given. */
  public static final String AGENT_ENV = "BRIEFS_SEC_USER_AGENT";

  static final long MAX_BYTES = 256L << 20;
  private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
  private static final Duration TIMEOUT = Duration.ofSeconds(120);

  private final String base;
  private final String userAgent;
  private final RateLimiter limiter;

  /** A fetched document and the address it came from. */
  public record Document(String url, byte[] bytes) {}

  private SecFetcher(String base, String userAgent, RateLimiter limiter) {
    this.base = base;
    this.userAgent = userAgent;
    this.limiter = limiter;
  }

  /**
   * A fetcher for the base address in the environment (or the SEC's).
   *
   * @throws IllegalArgumentException when the base address is not https (or http to this machine)
   */
  public static SecFetcher of(Map<String, String> env, String userAgent) {
    String base = env.getOrDefault(BASE_ENV, DEFAULT_BASE).strip();
    while (base.endsWith("/")) {
      base = base.substring(0, base.length() - 1);
    }
    URI uri;
    try {
      uri = URI.create(base);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(BASE_ENV + " is not an address: " + base);
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    boolean local = "localhost".equals(uri.getHost()) || "127.0.0.1".equals(uri.getHost())
        || "[::1]".equals(uri.getHost());
    if (uri.getHost() == null || !(scheme.equals("https") || scheme.equals("http") && local)) {
      throw new IllegalArgumentException(BASE_ENV + " must be an https address (http only to this machine), got "
          + base);
    }
    return new SecFetcher(base, userAgent, RateLimiter.SEC);
  }

  /** The address of a company's facts: the CIK padded to ten digits. */
  public String url(long cik) {
    return base + "/api/xbrl/companyfacts/CIK" + String.format("%010d", cik) + ".json";
  }

  /**
   * Fetches a company's facts.
   *
   * @throws BriefsException with one line naming the address when the server cannot be reached,
   *     refuses, or sends something else than a document
   */
  public Document fetch(long cik) throws BriefsException {
    String url = url(cik);
    HttpClient client = HttpClient.newBuilder()
        .connectTimeout(CONNECT_TIMEOUT)
        .followRedirects(HttpClient.Redirect.NORMAL)
        .build();
    HttpRequest request = HttpRequest.newBuilder(URI.create(url))
        .timeout(TIMEOUT)
        .header("User-Agent", userAgent)
        .header("Accept", "application/json")
        .header("Accept-Encoding", "gzip")
        .GET()
        .build();
    HttpResponse<InputStream> response;
    try {
      limiter.acquire();
      response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
    } catch (HttpConnectTimeoutException e) {
      throw failure(url, "could not connect within " + CONNECT_TIMEOUT.toSeconds() + " seconds");
    } catch (HttpTimeoutException e) {
      throw failure(url, "no answer within " + TIMEOUT.toSeconds() + " seconds");
    } catch (ConnectException e) {
      throw failure(url, "could not connect to " + URI.create(url).getHost() + " (" + reason(e, "refused") + ")");
    } catch (IOException e) {
      throw failure(url, "the request failed: " + reason(e, "the connection broke"));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw failure(url, "interrupted");
    }
    int status = response.statusCode();
    try (InputStream body = response.body()) {
      if (status != 200) {
        throw failure(url, refusal(status, cik));
      }
      boolean gzip = response.headers().firstValue("Content-Encoding").map(v -> v.equalsIgnoreCase("gzip"))
          .orElse(false);
      return new Document(url, read(gzip ? new GZIPInputStream(body) : body, url));
    } catch (IOException e) {
      throw failure(url, "the answer could not be read: " + reason(e, "the connection broke"));
    }
  }

  private static String refusal(int status, long cik) {
    return switch (status) {
      case 403 -> "the server refused the request (HTTP 403): the SEC refuses requests whose User-Agent does"
          + " not name the requester with a contact address, and requests beyond 10 per second";
      case 404 -> "no company facts for CIK " + cik + " (HTTP 404): check the number at"
          + " https://www.sec.gov/edgar/searchedgar/companysearch";
      case 429 -> "too many requests (HTTP 429): the SEC allows 10 per second; wait a while and try again";
      default -> "the server answered HTTP " + status;
    };
  }

  private static byte[] read(InputStream in, String url) throws IOException, BriefsException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[65536];
    for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
      out.write(buffer, 0, n);
      if (out.size() > MAX_BYTES) {
        throw failure(url, "the document is over " + (MAX_BYTES >> 20) + " MiB; company facts are never that big");
      }
    }
    return out.toByteArray();
  }

  /** The first message in an exception's causes, or {@code otherwise}: never a class name. */
  private static String reason(Exception e, String otherwise) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t.getMessage() != null && !t.getMessage().isBlank()) {
        return t.getMessage();
      }
    }
    return otherwise;
  }

  private static BriefsException failure(String url, String message) {
    return new BriefsException(List.of(new Diagnostic(url, 0, 0, Severity.ERROR, message)));
  }
}
