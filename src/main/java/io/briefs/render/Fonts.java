package io.briefs.render;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.GraphicsEnvironment;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The fonts bundled in the jar, read once and shared (immutable) by every render: Noto Sans for
 * text and figures (tabular by default), Noto Serif for headlines, DejaVu Sans as a fallback for
 * Latin Extended, Greek and Cyrillic glyphs, Droid Sans Fallback for Chinese, Japanese and Korean.
 * It also answers which characters they can show, so a missing glyph fails the build instead of
 * printing as {@code #}.
 */
public final class Fonts {
  /** The family of the font for scripts no other bundled font covers (CJK). */
  public static final String LAST_RESORT = "Droid Sans Fallback";

  /** Every bundled face. */
  public static final List<FontFile> FILES = List.of(
      new FontFile("fonts/NotoSans-Regular.ttf", "Noto Sans", 400, false, false),
      new FontFile("fonts/NotoSans-Bold.ttf", "Noto Sans", 700, false, false),
      new FontFile("fonts/NotoSans-Italic.ttf", "Noto Sans", 400, true, false),
      new FontFile("fonts/NotoSans-BoldItalic.ttf", "Noto Sans", 700, true, false),
      new FontFile("fonts/NotoSerif-Regular.ttf", "Noto Serif", 400, false, false),
      new FontFile("fonts/NotoSerif-Bold.ttf", "Noto Serif", 700, false, false),
      new FontFile("fonts/DejaVuSans.ttf", "DejaVu Sans", 400, false, true),
      new FontFile("fonts/DejaVuSans-Bold.ttf", "DejaVu Sans", 700, false, true),
      new FontFile("fonts/DroidSansFallbackFull.ttf", "Droid Sans Fallback", 400, false, true));

  private final Map<String, byte[]> bytes;
  private final Map<String, byte[]> forPdf;
  private final Map<FontFile, Font> faces;

  private Fonts(Map<String, byte[]> bytes, Map<FontFile, Font> faces) {
    this.bytes = bytes;
    this.faces = faces;
    Map<String, byte[]> pdf = new LinkedHashMap<>();
    bytes.forEach((name, data) -> pdf.put(name, NoSubstitutions.of(data)));
    this.forPdf = Map.copyOf(pdf);
  }

  /** Reads every bundled font and registers them with AWT so chart text metrics match the PDF. */
  public static Fonts load() {
    Map<String, byte[]> read = new LinkedHashMap<>();
    Map<FontFile, Font> faces = new LinkedHashMap<>();
    GraphicsEnvironment env = GraphicsEnvironment.getLocalGraphicsEnvironment();
    for (FontFile f : FILES) {
      byte[] data = Bundled.read(f.resource());
      read.put(f.resource(), data);
      try {
        // registered once per run: Font.createFont leaks when called per render
        Font face = Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(data));
        env.registerFont(face);
        faces.put(f, face);
      } catch (FontFormatException | IOException e) {
        throw new IllegalStateException("bundled font " + f.resource() + " is unreadable", e);
      }
    }
    return new Fonts(Map.copyOf(read), Map.copyOf(faces));
  }

  /** Whether some bundled face has a glyph for the character (the PDF falls back through all). */
  public boolean canDisplay(int codePoint) {
    return faces.values().stream().anyMatch(f -> f.canDisplay(codePoint));
  }

  /** Whether a face of {@code family} has a glyph for the character (charts use one family). */
  public boolean canDisplay(String family, int codePoint) {
    return faces.entrySet().stream()
        .anyMatch(e -> e.getKey().family().equals(family) && e.getValue().canDisplay(codePoint));
  }

  /** A fresh stream over a bundled font as the PDF renderer gets it (no ligature substitution). */
  public InputStream open(FontFile font) {
    return new ByteArrayInputStream(forPdf.get(font.resource()));
  }

  /** A bundled font's bytes (a copy). */
  public byte[] bytes(FontFile font) {
    return bytes.get(font.resource()).clone();
  }
}
