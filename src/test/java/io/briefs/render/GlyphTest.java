package io.briefs.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.briefs.cli.Run;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Company names in Greek and Japanese come out of the PDF as written (the fallback fonts draw
 * them); a name in a script no bundled font has fails the build naming the character and the
 * brief, instead of printing '#'.
 */
class GlyphTest {
  @TempDir Path dir;

  private PdfFile build(String name, String shortName) {
    Path site = dir.resolve("site");
    Run run = Run.of("build", "--data", Fixtures.company(dir, name, shortName).toString(), "--out", site.toString());
    assertThat(run.code()).as(run.err()).isZero();
    return PdfFile.of(site.resolve("acme/fy2025-q1/acme-fy2025-q1.pdf"));
  }

  @Test
  void greekNameIsDrawnAndExtractedAsWritten() {
    PdfFile pdf = build("Ελληνική Ναυτιλιακή Α.Ε.", "Ναυτιλιακή");
    assertThat(pdf.pages().get(0)).contains("Ελληνική Ναυτιλιακή Α.Ε.");
    assertThat(pdf.info().getTitle()).startsWith("Ναυτιλιακή Q1 FY2025: ");
    assertThat(pdf.text()).doesNotContain("#");
    assertThat(pdf.fonts()).allSatisfy(f -> assertThat(f).endsWith(" embedded"));
  }

  @Test
  void japaneseNameIsDrawnAndExtractedAsWritten() {
    PdfFile pdf = build("株式会社サンプル電機", "サンプル電機");
    assertThat(pdf.pages().get(0)).contains("株式会社サンプル電機");
    assertThat(pdf.text()).doesNotContain("#");
    assertThat(pdf.fonts()).anyMatch(f -> f.contains("DroidSansFallback") && f.endsWith(" embedded"));
  }

  @Test
  void characterNoFontHasFailsTheBuildNamingIt() {
    Path data = Fixtures.company(dir, "บริษัท ตัวอย่าง จำกัด", "ตัวอย่าง");
    Path site = dir.resolve("site");
    Run run = Run.of("build", "--data", data.toString(), "--out", site.toString());
    assertThat(run.code()).isEqualTo(1);
    assertThat(run.err()).contains(data.resolve("acme/fy2025-q1.yaml").toString(),
        "error: rendering the PDF failed: no bundled font has 'ต' (U+0E15 THAI CHARACTER TO TAO), ",
        " and 12 more, in \"ตัวอย่าง · Q1 FY2025 · Earnings");
    assertThat(run.err()).doesNotContain("\tat ");
    assertThat(site).doesNotExist();
  }
}
