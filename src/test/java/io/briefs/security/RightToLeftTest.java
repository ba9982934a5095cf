package io.briefs.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.briefs.SampleBuild;
import io.briefs.TestData;
import io.briefs.cli.Run;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Right-to-left names (Hebrew, Arabic) render safely: every character drawn and kept. */
class RightToLeftTest {
  @TempDir Path dir;

  @Test
  void hebrewAndArabicNamesRender() throws Exception {
    String company = TestData.COMPANY.replace("name: Acme Corporation", "name: \"חברת אקמה בע״מ\"")
        .replace("short_name: Acme", "short_name: \"شركة أكمي\"");
    TestData data = TestData.in(dir).file("acme/company.yaml", company).quarter("FY2025-Q1",
        "period_end: 2025-03-31\nreported: 2025-04-24\nunits: millions\nresults: { revenue: 100 }\n");
    Run run = Run.of("build", "--data", data.root().toString(), "--out", dir.resolve("site").toString());
    assertThat(run.code()).as(run.err()).isZero();
    Path brief = dir.resolve("site/acme/fy2025-q1");
    assertThat(Files.readString(brief.resolve("index.html"))).contains("חברת אקמה בע״מ", "شركة أكمي");
    String pdf = SampleBuild.pdfText(brief.resolve("acme-fy2025-q1.pdf"));
    assertThat(pdf).doesNotContain("#");
    assertThat(pdf.codePoints().filter(c -> Character.UnicodeBlock.of(c) == Character.UnicodeBlock.HEBREW).count())
        .isGreaterThanOrEqualTo(10);
  }
}
