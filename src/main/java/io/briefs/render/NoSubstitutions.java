package io.briefs.render;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * Hides a TrueType font's {@code GSUB} table from PDFBox. PDFBox 3 applies the table's Latin
 * ligatures when it writes text, and the PDF then maps those glyphs back to presentation forms
 * (U+FB03 for "ffi"), so "reaffirmed" would not be found by a search or read aloud as written.
 * Renaming the table's tag (keeping the directory's sort order) makes it an unknown table that
 * PDFBox ignores and the subsetter drops; every glyph and metric stays as it was.
 */
final class NoSubstitutions {
  private static final byte[] GSUB = "GSUB".getBytes(StandardCharsets.US_ASCII);
  /** Sorts between GPOS and OS/2 as GSUB does, so binary searches over the directory still work. */
  private static final byte[] HIDDEN = "GSUA".getBytes(StandardCharsets.US_ASCII);

  private NoSubstitutions() {}

  /** A copy of the font with its substitution table hidden; unchanged when it has none. */
  static byte[] of(byte[] ttf) {
    byte[] copy = ttf.clone();
    ByteBuffer buf = ByteBuffer.wrap(copy);
    int tables = Short.toUnsignedInt(buf.getShort(4));
    for (int i = 0; i < tables; i++) {
      int entry = 12 + 16 * i;
      if (tagAt(copy, entry, GSUB)) {
        System.arraycopy(HIDDEN, 0, copy, entry, HIDDEN.length);
      }
    }
    return copy;
  }

  private static boolean tagAt(byte[] data, int offset, byte[] tag) {
    for (int i = 0; i < tag.length; i++) {
      if (data[offset + i] != tag[i]) {
        return false;
      }
    }
    return true;
  }
}
