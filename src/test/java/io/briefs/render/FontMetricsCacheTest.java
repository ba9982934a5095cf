package io.briefs.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.openhtmltopdf.extend.FSCacheEx;
import com.openhtmltopdf.extend.FSCacheValue;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FSFontUseCase;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

/**
 * The metrics the cache measures for a fallback face are the renderer's own, under the renderer's
 * own key, so a layout is the same whoever measured; and a face is measured once however many
 * documents ask at the same moment.
 */
class FontMetricsCacheTest {
  private static final Fonts FONTS = Fonts.load();

  /** A cache that only keeps what it is given: whatever the renderer measured by itself. */
  private static final class Recording implements FSCacheEx<String, FSCacheValue> {
    final Map<String, FSCacheValue> values = new ConcurrentHashMap<>();

    @Override
    public void put(String key, FSCacheValue value) {
      values.put(key, value);
    }

    @Override
    public FSCacheValue get(String key, Callable<? extends FSCacheValue> loader) {
      return values.computeIfAbsent(key, k -> {
        try {
          return loader.call();
        } catch (Exception e) {
          throw new IllegalStateException(e);
        }
      });
    }

    @Override
    public FSCacheValue get(String key) {
      return values.get(key);
    }
  }

  @Test
  void fallbackFacesAreMeasuredAsTheRendererMeasuresThem() throws Exception {
    Recording recorded = new Recording();
    try (PDDocument doc = new PDDocument()) {
      PdfRendererBuilder builder = new PdfRendererBuilder();
      builder.usePDDocument(doc);
      for (FontFile f : Fonts.FILES) {
        if (f.fallback()) {
          builder.useFont(() -> FONTS.open(f), f.family(), f.weight(),
              f.italic() ? FontStyle.ITALIC : FontStyle.NORMAL, true,
              EnumSet.of(FSFontUseCase.DOCUMENT, FSFontUseCase.FALLBACK_FINAL));
        }
      }
      builder.useCacheStore(PdfRendererBuilder.CacheStore.PDF_FONT_METRICS, recorded);
      builder.withHtmlContent("<html><body><p style=\"font-family: 'DejaVu Sans'\">Revenue <b>rose</b></p>"
          + "<p style=\"font-family: 'Droid Sans Fallback'\">株式会社</p></body></html>", null);
      try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
        renderer.createPDFKeepOpen();
      }
    }

    FontMetricsCache cache = new FontMetricsCache(FONTS);
    assertThat(cache.measuredHere()).hasSize(3);
    cache.measuredHere().forEach((key, face) -> {
      assertThat(recorded.values).as(key).containsKey(key);
      assertThat(cache.get(key)).as(key).usingRecursiveComparison().isEqualTo(recorded.values.get(key));
    });
  }

  @Test
  void aFaceIsMeasuredOnceHoweverManyAskAtOnce() throws Exception {
    FontMetricsCache cache = new FontMetricsCache(FONTS);
    FontFile cjk = Fonts.FILES.stream().filter(f -> f.family().equals(Fonts.LAST_RESORT)).findFirst().orElseThrow();
    String key = FontMetricsCache.key(cjk);
    assertThat(cache.measuredHere()).containsKey(key);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<FSCacheValue>> asked = IntStream.range(0, 4)
          .mapToObj(i -> pool.submit(() -> cache.get(key))).toList();
      FSCacheValue first = asked.get(0).get();
      assertThat(first).isNotNull();
      for (Future<FSCacheValue> f : asked) {
        assertThat(f.get()).isSameAs(first);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void facesTheRendererMeasuresAreLeftToIt() {
    FontMetricsCache cache = new FontMetricsCache(FONTS);
    FontFile notoSans = Fonts.FILES.get(0);
    assertThat(notoSans.fallback()).isFalse();
    assertThat(cache.get(FontMetricsCache.key(notoSans))).isNull();
  }
}
