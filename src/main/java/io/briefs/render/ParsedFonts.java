package io.briefs.render;

import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The bundled fonts parsed once per thread rather than once per document: parsing a TrueType
 * font (its tables and character maps) took a sixth of each PDF's time. A parsed font reads its
 * data lazily and is not thread-safe, so each worker thread keeps its own; documents on that
 * thread embed subsets of it one after another.
 */
final class ParsedFonts {
  private final Fonts fonts;
  private final ThreadLocal<Map<FontFile, TrueTypeFont>> parsed = ThreadLocal.withInitial(HashMap::new);

  ParsedFonts(Fonts fonts) {
    this.fonts = fonts;
  }

  /** A supplier of {@code font} for one document, embedded (as a subset) only when text uses it. */
  PDFontSupplier supplier(FontFile font, PDDocument doc) {
    return new PDFontSupplier(null) {
      private PDFont loaded;

      @Override
      public PDFont supply() {
        if (loaded == null) {
          try {
            // the font is the thread's: the document must not close it
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
    Map<FontFile, TrueTypeFont> mine = parsed.get();
    TrueTypeFont ttf = mine.get(font);
    if (ttf == null) {
      ttf = new TTFParser().parse(new RandomAccessReadBuffer(fonts.open(font)));
      mine.put(font, ttf);
    }
    return ttf;
  }
}
