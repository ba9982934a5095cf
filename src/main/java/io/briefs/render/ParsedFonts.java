package io.briefs.render;

import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedDeque;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The bundled fonts parsed once per set rather than once per document: parsing a TrueType font
 * (its tables and character maps) took a sixth of each PDF's time. A parsed font reads its data
 * lazily and is not thread-safe, so a document takes a whole set from a pool, embeds subsets of
 * it, and gives it back; there are as many sets as documents rendered at once. A set parsed
 * before the first brief (by the warm-up, on a spare core) serves the first brief's worker.
 */
final class ParsedFonts {
  private final Fonts fonts;
  private final ConcurrentLinkedDeque<Set> pool = new ConcurrentLinkedDeque<>();

  ParsedFonts(Fonts fonts) {
    this.fonts = fonts;
  }

  /** One document's fonts: parsed once, used by one document at a time. */
  final class Set {
    private final Map<FontFile, TrueTypeFont> parsed = new HashMap<>();

    /** A supplier of {@code font} for {@code doc}, embedded (as a subset) only when text uses it. */
    PDFontSupplier supplier(FontFile font, PDDocument doc) {
      return new PDFontSupplier(null) {
        private PDFont loaded;

        @Override
        public PDFont supply() {
          if (loaded == null) {
            try {
              // the font is the set's: the document must not close it
              loaded = PDType0Font.load(doc, parsed(font), true);
            } catch (IOException e) {
              throw new UncheckedIOException("bundled font " + font.resource() + " is unreadable", e);
            }
          }
          return loaded;
        }
      };
    }

    private TrueTypeFont parsed(FontFile font) throws IOException {
      TrueTypeFont ttf = parsed.get(font);
      if (ttf == null) {
        ttf = new TTFParser().parse(new RandomAccessReadBuffer(fonts.open(font)));
        parsed.put(font, ttf);
      }
      return ttf;
    }
  }

  /** A set no document is using, the one given back last (its fonts were read most recently). */
  Set take() {
    Set set = pool.pollFirst();
    return set != null ? set : new Set();
  }

  /** Gives a set back once its document is saved. */
  void give(Set set) {
    pool.addFirst(set);
  }
}
