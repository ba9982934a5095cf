package io.briefs.render;

import io.briefs.TestData;
import java.nio.file.Path;

/** A one-quarter company with a name of the test's choosing: a short brief, no chart. */
final class Fixtures {
  private Fixtures() {}

  /** Writes the dataset under {@code dir} and returns its data folder. */
  static Path company(Path dir, String name, String shortName) {
    return TestData.in(dir)
        .file("acme/company.yaml", TestData.COMPANY
            .replace("name: Acme Corporation", "name: \"" + name + "\"")
            .replace("short_name: Acme", "short_name: \"" + shortName + "\""))
        .quarter("FY2025-Q1", """
            period_end: 2025-03-31
            reported: 2025-04-24
            units: millions
            results: { revenue: 1000, operating_income: 120, eps: 1.25 }
            """)
        .root();
  }
}
