package io.briefs.render;

import com.openhtmltopdf.extend.FSCacheEx;
import com.openhtmltopdf.extend.FSCacheValue;
import com.openhtmltopdf.pdfboxout.PdfBoxRawPDFontMetrics;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The font metrics (ascent, descent, underline) that every document's layout shares. The
 * renderer reads the metrics of every face in a font-family list, fallbacks included, and loads a
 * face into the document to measure it when none are cached. Left to it, each worker's first
 * document loaded the fallback faces, 4 MB of CJK font among them, at the same moment; here a
 * fallback face is measured once, by the first document that asks, while the others wait.
 */
final class FontMetricsCache implements FSCacheEx<String, FSCacheValue> {
  private final Map<String, FSCacheValue> values = new ConcurrentHashMap<>();
  private final Map<String, FSCacheValue> measured = new ConcurrentHashMap<>();
  private final Map<String, FontFile> measuredHere = new LinkedHashMap<>();
  private final Fonts fonts;

  FontMetricsCache(Fonts fonts) {
    this.fonts = fonts;
    for (FontFile f : Fonts.FILES) {
      if (f.fallback()) {
        measuredHere.put(key(f), f);
      }
    }
  }

  /** The renderer's key for a face's metrics: family, weight and style. */
  static String key(FontFile f) {
    return "font-metrics2:" + f.family() + ":" + f.weight() + ":" + (f.italic() ? "italic" : "normal");
  }

  /** The faces this cache measures itself, by key (the others the renderer measures). */
  Map<String, FontFile> measuredHere() {
    return Map.copyOf(measuredHere);
  }

  @Override
  public FSCacheValue get(String key) {
    FSCacheValue value = values.get(key);
    if (value != null) {
      return value;
    }
    FontFile face = measuredHere.get(key);
    // a map of its own: a face being measured holds up only those asking for the same faces
    return face == null ? null : measured.computeIfAbsent(key, k -> measure(face));
  }

  @Override
  public FSCacheValue get(String key, Callable<? extends FSCacheValue> loader) {
    FSCacheValue value = get(key);
    if (value != null) {
      return value;
    }
    try {
      // computed outside the map: a loader may use the cache itself
      FSCacheValue computed = loader.call();
      FSCacheValue earlier = values.putIfAbsent(key, computed);
      return earlier != null ? earlier : computed;
    } catch (Exception e) {
      throw new IllegalStateException("cannot compute the cached value " + key, e);
    }
  }

  @Override
  public void put(String key, FSCacheValue value) {
    values.put(key, value);
  }

  /** Measures a face as the renderer would: the same bytes, loaded the same way. */
  PdfBoxRawPDFontMetrics measure(FontFile face) {
    try (PDDocument scratch = new PDDocument()) {
      PDType0Font font = PDType0Font.load(scratch, fonts.open(face), true);
      return PdfBoxRawPDFontMetrics.fromPdfBox(font, font.getFontDescriptor());
    } catch (IOException e) {
      throw new UncheckedIOException("bundled font " + face.resource() + " is unreadable", e);
    }
  }
}
