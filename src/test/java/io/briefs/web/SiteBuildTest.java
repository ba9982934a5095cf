package io.briefs.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.briefs.TestData;
import io.briefs.cli.Run;
import io.briefs.cli.Trees;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Failures of the site's own pages: a broken partial, a company id that names a site folder, a bad asset. */
class SiteBuildTest {
  private static final String Q1 = """
      period_end: 2025-03-31
      reported: 2025-04-24
      units: millions
      results: { revenue: 100 }
      """;

  @TempDir Path dir;

  @Test
  void brokenPartialNamesItsOwnFileAndLine() throws Exception {
    Path templates = dir.resolve("templates");
    Trees.copy(Path.of("templates"), templates);
    Path layout = templates.resolve("partials/layout.ftlh");
    Files.writeString(layout, Files.readString(layout).replace("${nav.siteName}", "${nav.noSuchName}"));
    TestData data = TestData.in(dir).quarter("FY2025-Q1", Q1);
    Run run = Run.of("build", "--data", data.root().toString(), "--templates", templates.toString(), "--out",
        dir.resolve("site").toString());
    assertThat(run.code()).isEqualTo(1);
    assertThat(run.err()).contains(layout + ":5:").doesNotContain("\tat ");
    assertThat(dir.resolve("site")).doesNotExist();
  }

  @Test
  void companyIdNamingASiteFolderIsRefused() {
    TestData data = TestData.in(dir);
    data.file("assets/company.yaml", TestData.COMPANY.replace("id: acme", "id: assets"));
    data.file("assets/fy2025-q1.yaml", "company: assets\nperiod: FY2025-Q1\n" + Q1);
    Run run = Run.of("build", "--data", data.root().toString(), "--out", dir.resolve("site").toString());
    assertThat(run.code()).isEqualTo(1);
    assertThat(run.err()).contains("assets/company.yaml:1:", "the company id `assets` names a folder of the site");
  }

  @Test
  void assetWithAnUnsafeNameIsAClearError() throws Exception {
    Path templates = dir.resolve("templates");
    Trees.copy(Path.of("templates"), templates);
    Files.writeString(templates.resolve("assets/my logo.svg"), "<svg/>");
    TestData data = TestData.in(dir).quarter("FY2025-Q1", Q1);
    Run run = Run.of("build", "--data", data.root().toString(), "--templates", templates.toString(), "--out",
        dir.resolve("site").toString());
    assertThat(run.code()).isEqualTo(1);
    assertThat(run.err()).contains("my logo.svg", "an asset's name may hold only").doesNotContain("\tat ");
  }
}
