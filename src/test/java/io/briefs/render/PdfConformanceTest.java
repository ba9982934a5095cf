package io.briefs.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.briefs.SampleBuild;
import io.briefs.cli.Run;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * veraPDF finds no failed rule of PDF/A-3a or PDF/UA-1 in any sample brief, nor in a short brief
 * without charts; a failure names the rule (clause, test number, description) and the page.
 */
class PdfConformanceTest {

  static Stream<String> sampleBriefs() throws Exception {
    try (Stream<Path> files = Files.walk(SampleBuild.site())) {
      return files.filter(p -> p.toString().endsWith(".pdf"))
          .map(p -> SampleBuild.site().relativize(p).toString()).sorted().toList().stream();
    }
  }

  @ParameterizedTest
  @MethodSource("sampleBriefs")
  void sampleBriefConforms(String pdf) throws Exception {
    List<String> failures = Conformance.failures(Files.readAllBytes(SampleBuild.site().resolve(pdf)));
    assertThat(failures).as("veraPDF on %s:%n%s", pdf, String.join("\n", failures)).isEmpty();
  }

  @Test
  void shortBriefWithoutChartsConforms(@TempDir Path dir) throws Exception {
    Path data = Fixtures.company(dir, "Ελληνική Ναυτιλιακή Α.Ε.", "Ναυτιλιακή");
    Path site = dir.resolve("site");
    Run run = Run.of("build", "--data", data.toString(), "--out", site.toString(), "--page-size", "a4");
    assertThat(run.code()).as(run.err()).isZero();
    byte[] pdf = Files.readAllBytes(site.resolve("acme/fy2025-q1/acme-fy2025-q1.pdf"));
    PdfFile file = PdfFile.of(site.resolve("acme/fy2025-q1/acme-fy2025-q1.pdf"));
    assertThat(file.text()).doesNotContain("Revenue by segment");
    assertThat(file.mediaBoxes()).allSatisfy(box -> assertThat(new float[] {box.getWidth(), box.getHeight()})
        .containsExactly(new float[] {595.3f, 841.9f}, org.assertj.core.data.Offset.offset(0.5f)));
    List<String> failures = Conformance.failures(pdf);
    assertThat(failures).as("veraPDF:%n%s", String.join("\n", failures)).isEmpty();
  }

  /** The check can fail: a PDF that lost its "tagged" mark is caught, naming the rules. */
  @Test
  void failuresNameTheRuleAndWhere() throws Exception {
    byte[] good = Files.readAllBytes(SampleBuild.site().resolve("dell/fy2026-q1/dell-fy2026-q1.pdf"));
    byte[] bad;
    try (PDDocument doc = Loader.loadPDF(good)) {
      doc.getDocumentCatalog().getCOSObject().removeItem(COSName.MARK_INFO);
      var out = new java.io.ByteArrayOutputStream();
      doc.save(out);
      bad = out.toByteArray();
    }
    List<String> failures = Conformance.failures(bad);
    assertThat(failures).isNotEmpty();
    assertThat(failures).anyMatch(f -> f.startsWith("3a rule 6.7.2.2-1: The document catalog dictionary shall"
        + " include a MarkInfo dictionary"));
    assertThat(failures).anyMatch(f -> f.startsWith("ua1 rule 6.2-1: "));
    assertThat(failures).allMatch(f -> f.matches("\\S+ rule [\\d.]+-\\d+: .+ \\[(on page \\d+, )?at .+\\].*"));
  }
}
