package io.briefs.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.briefs.SampleBuild;
import io.briefs.cli.Run;
import io.briefs.cli.Trees;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same inputs give the same PDF bytes; the date stamped into a PDF is SOURCE_DATE_EPOCH, or
 * the release date without it, and it is the same everywhere the PDF keeps a date.
 */
class ReproducibleTest {
  @TempDir Path dir;

  @Test
  void twoBuildsGiveIdenticalBytes() throws Exception {
    Path again = dir.resolve("again");
    Run run = Run.of(Map.of("SOURCE_DATE_EPOCH", "1748476800"), "build", "--out", again.toString());
    assertThat(run.code()).as(run.err()).isZero();
    Map<String, String> first = Trees.snapshot(SampleBuild.site());
    Map<String, String> second = Trees.snapshot(again);
    assertThat(second.keySet()).anyMatch(f -> f.endsWith(".pdf"));
    assertThat(second).isEqualTo(first);
  }

  @Test
  void sourceDateEpochSetsEveryDateAndTheId() {
    PdfFile may = build(Map.of("SOURCE_DATE_EPOCH", "1748476800"), "may");
    PdfFile june = build(Map.of("SOURCE_DATE_EPOCH", "1750000000"), "june");
    assertDates(may, "2025-05-29T00:00:00Z");
    assertDates(june, "2025-06-15T15:06:40Z");
    assertThat(id(june)).isNotEqualTo(id(may));
  }

  @Test
  void withoutSourceDateEpochTheReleaseDateIsUsed() {
    assertDates(build(Map.of(), "release"), "2025-04-24T00:00:00Z");
  }

  /** Java 17 rewrote the profile's header on the way in: the bytes depended on the Java used. */
  @Test
  void theColourProfileIsTheBundledOneUnaltered() throws Exception {
    byte[] bundled;
    try (InputStream in = getClass().getClassLoader().getResourceAsStream("color/sRGB2014.icc")) {
      bundled = in.readAllBytes();
    }
    PdfFile pdf = build(Map.of(), "profile");
    List<byte[]> embedded = pdf.with(doc -> {
      List<byte[]> profiles = new ArrayList<>();
      for (PDOutputIntent intent : doc.getDocumentCatalog().getOutputIntents()) {
        try (InputStream in = intent.getDestOutputIntent().createInputStream()) {
          profiles.add(in.readAllBytes());
        }
      }
      return profiles;
    });
    assertThat(embedded).hasSize(1);
    assertThat(embedded.get(0)).isEqualTo(bundled);
  }

  private PdfFile build(Map<String, String> env, String name) {
    Path out = dir.resolve(name);
    Path data = Fixtures.company(dir.resolve(name + "-data"), "Acme Corporation", "Acme");
    Run run = Run.of(env, "build", "--data", data.toString(), "--out", out.toString());
    assertThat(run.code()).as(run.err()).isZero();
    return PdfFile.of(out.resolve("acme/fy2025-q1/acme-fy2025-q1.pdf"));
  }

  private static void assertDates(PdfFile pdf, String iso) {
    assertThat(PdfFile.iso(pdf.info().getCreationDate())).isEqualTo(iso);
    assertThat(PdfFile.iso(pdf.info().getModificationDate())).isEqualTo(iso);
    assertThat(PdfBriefTest.xmpDates(pdf.xmp()))
        .containsExactly("CreateDate=" + iso, "ModifyDate=" + iso, "MetadataDate=" + iso);
    assertThat(pdf.attachments()).allSatisfy(a -> {
      assertThat(a.created()).isEqualTo(iso);
      assertThat(a.modified()).isEqualTo(iso);
    });
  }

  private static String id(PdfFile pdf) {
    return pdf.with(doc -> doc.getDocument().getDocumentID().toString());
  }
}
