package io.briefs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Whole test datasets written inline: a company and its quarter files in a temporary folder. */
public final class TestData {
  /** A minimal company with two segments, one with lines, and three KPIs. */
  public static final String COMPANY = """
      id: acme
      name: Acme Corporation
      short_name: Acme
      ticker: ACME
      exchange: NYSE
      currency: USD
      fiscal_year_end: december
      segments:
        - id: cloud
          name: Cloud
          lines:
            - { id: compute, name: Compute }
            - { id: storage, name: Storage }
        - id: devices
          name: Devices
      kpis:
        - { id: orders, name: Orders, kind: flow, unit: money }
        - { id: backlog, name: Backlog, kind: stock, unit: money }
        - { id: customers, name: Customers, kind: stock, unit: count }
      """;

  private final Path root;

  private TestData(Path root) {
    this.root = root;
  }

  /** A data folder under {@code dir} holding the standard company. */
  public static TestData in(Path dir) {
    TestData d = new TestData(dir.resolve("data"));
    d.file("acme/company.yaml", COMPANY);
    return d;
  }

  /** Writes a file relative to the data folder. */
  public TestData file(String relative, String text) {
    try {
      Path p = root.resolve(relative);
      Files.createDirectories(p.getParent());
      Files.writeString(p, text, StandardCharsets.UTF_8);
      return this;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes a quarter of the standard company with the given body after the required header. */
  public TestData quarter(String period, String body) {
    String slug = period.toLowerCase(java.util.Locale.ROOT);
    return file("acme/" + slug + ".yaml", "company: acme\nperiod: " + period + "\n" + body);
  }

  /** The data folder. */
  public Path root() {
    return root;
  }
}
