package io.briefs;

import io.briefs.cli.Run;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;

/** The sample data built once into a temporary site, shared by the tests that read it. */
public final class SampleBuild {
  /** The address the published sample is built for. */
  public static final String BASE_URL = "https://example.com/briefs/";

  private static Path site;
  private static Path published;

  private SampleBuild() {}

  /** The site built from {@code data/} with the default templates (built on first use). */
  public static synchronized Path site() {
    if (site == null) {
      try {
        Path dir = Files.createTempDirectory("briefs-sample");
        Path out = dir.resolve("site");
        Run run = Run.of(Map.of("SOURCE_DATE_EPOCH", "1748476800"), "build", "--out", out.toString());
        if (run.code() != 0) {
          throw new IllegalStateException("sample build failed: " + run.err());
        }
        site = out;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return site;
  }

  /** The same site built for publishing, with {@code --base-url} {@link #BASE_URL} (built on first use). */
  public static synchronized Path published() {
    if (published == null) {
      try {
        Path out = Files.createTempDirectory("briefs-published").resolve("site");
        Run run = Run.of(Map.of("SOURCE_DATE_EPOCH", "1748476800"), "build", "--out", out.toString(), "--base-url",
            BASE_URL);
        if (run.code() != 0) {
          throw new IllegalStateException("published sample build failed: " + run.err());
        }
        published = out;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return published;
  }

  /** The visible text of a page, whitespace collapsed. */
  public static String htmlText(Path page) {
    try {
      return squash(Jsoup.parse(page.toFile(), "UTF-8").body().text());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The text of a PDF as extracted by PDFBox, compatibility characters folded, words hyphenated
   * across lines joined, whitespace collapsed.
   */
  public static String pdfText(Path pdf) {
    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      String text = new PDFTextStripper().getText(doc);
      // a compound broken after its hyphen at the end of a line ("non-" / "GAAP") is one word
      text = text.replaceAll("(?<=\\p{L}-)[ \\t]*\\R(?=\\p{L})", "");
      return squash(Normalizer.normalize(text, Normalizer.Form.NFKC));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String squash(String text) {
    return text.replace('\u00a0', ' ').replaceAll("\\s+", " ").trim();
  }
}
