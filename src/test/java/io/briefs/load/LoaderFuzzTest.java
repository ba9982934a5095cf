package io.briefs.load;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.briefs.diag.Diagnostic;
import io.briefs.diag.Diagnostics;
import java.nio.charset.StandardCharsets;

/**
 * The loader never fails with anything but diagnostics, whatever bytes a quarter file holds. In a
 * normal test run this replays the seed corpus; {@code .ci/run} fuzzes it for a bounded time
 * ({@code JAZZER_FUZZ=1}).
 */
class LoaderFuzzTest {
  private static final byte[] COMPANY = """
      id: acme
      name: Acme
      currency: USD
      fiscal_year_end: december
      segments: [{ id: cloud, name: Cloud, lines: [{ id: compute, name: Compute }] }]
      kpis: [{ id: orders, name: Orders, kind: flow, unit: money }]
      """.getBytes(StandardCharsets.UTF_8);

  @FuzzTest(maxDuration = "60s")
  void quarterFilesOnlyEverProduceDiagnostics(FuzzedDataProvider data) {
    byte[] bytes = data.consumeRemainingAsBytes();
    Diagnostics d = new Diagnostics();
    MapNode company = YamlTree.parse("data/acme/company.yaml", COMPANY, d);
    var c = new CompanyReader(d).read(company, "data/acme/company.yaml");
    MapNode root = YamlTree.parse("data/acme/fy2025-q1.yaml", bytes, d);
    if (root != null) {
      new QuarterReader(c, d).read(root, "data/acme/fy2025-q1.yaml", io.briefs.model.FiscalQuarter.parse("FY2025-Q1"));
    }
    for (Diagnostic x : d.sorted()) {
      assertThat(x.file()).startsWith("data/acme/");
      assertThat(x.message()).isNotBlank();
    }
  }
}
