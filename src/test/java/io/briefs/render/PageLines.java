package io.briefs.render;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * The lines of text on each page of a PDF as PDFBox places them, with the page's content area
 * from the print stylesheet's {@code @page} margins: what fills a page is measured from where its
 * text sits, not from the bytes of the file.
 *
 * @param pages the lines of each page inside its content area (the running header, footer and
 *     page number sit in the margins and are left out), top to bottom
 * @param top the content area's top edge, in points from the top of the page
 * @param bottom its bottom edge, in points from the top of the page
 */
record PageLines(List<List<Baseline>> pages, List<Float> top, List<Float> bottom) {

  /** A run of text on one baseline: its text, baseline (points from the top), font and printed size in points. */
  record Baseline(String text, float y, String font, float size) {
    boolean isHeading() {
      return font.contains("Serif");
    }
  }

  /** The margins of the stylesheet's first {@code @page} rule, top, right, bottom, left, in points. */
  static float[] margins(Path css) throws IOException {
    Matcher m = Pattern.compile("@page\\s*\\{[^}]*?margin:\\s*([\\d.]+)mm\\s+([\\d.]+)mm\\s+([\\d.]+)mm\\s+([\\d.]+)mm")
        .matcher(Files.readString(css));
    if (!m.find()) {
      throw new IllegalStateException("no @page margin in mm in " + css);
    }
    float[] out = new float[4];
    for (int i = 0; i < 4; i++) {
      out[i] = Float.parseFloat(m.group(i + 1)) / 25.4f * 72f;
    }
    return out;
  }

  /** Reads the lines of every page of {@code pdf}, its content area set by {@code margins}. */
  static PageLines of(PdfFile pdf, float[] margins) {
    return pdf.with(doc -> read(doc, margins));
  }

  private static PageLines read(PDDocument doc, float[] margins) throws IOException {
    List<List<Baseline>> pages = new ArrayList<>();
    List<Float> tops = new ArrayList<>();
    List<Float> bottoms = new ArrayList<>();
    for (int p = 1; p <= doc.getNumberOfPages(); p++) {
      float height = doc.getPage(p - 1).getMediaBox().getHeight();
      float top = margins[0];
      float bottom = height - margins[2];
      List<Baseline> lines = new ArrayList<>();
      PDFTextStripper stripper = new PDFTextStripper() {
        @Override
        protected void writeString(String text, List<TextPosition> positions) {
          TextPosition first = positions.get(0);
          float y = (float) positions.stream().mapToDouble(TextPosition::getYDirAdj).max().orElse(0);
          if (y > top && y <= bottom && !text.isBlank()) {
            // the printed size: a chart's text is drawn at its layout size and scaled with the drawing
            lines.add(new Baseline(text.strip(), y, first.getFont().getName(), first.getYScale()));
          }
        }
      };
      stripper.setStartPage(p);
      stripper.setEndPage(p);
      stripper.getText(doc);
      lines.sort(Comparator.comparingDouble(Baseline::y));
      pages.add(lines);
      tops.add(top);
      bottoms.add(bottom);
    }
    return new PageLines(pages, tops, bottoms);
  }

  /** How much of page {@code index}'s content height its text reaches: lowest baseline over height. */
  double fill(int index) {
    List<Baseline> lines = pages.get(index);
    if (lines.isEmpty()) {
      return 0;
    }
    float lowest = lines.get(lines.size() - 1).y();
    return (lowest - top.get(index)) / (bottom.get(index) - top.get(index));
  }

  /** The index of the page the appendix starts on (its heading), or -1 when there is none. */
  int appendix() {
    for (int p = 0; p < pages.size(); p++) {
      for (Baseline l : pages.get(p)) {
        if (l.text().equals("Appendix") && l.isHeading()) {
          return p;
        }
      }
    }
    return -1;
  }

  /** The pages of the brief itself: all of them before the appendix. */
  int bodyPages() {
    int a = appendix();
    return a < 0 ? pages.size() : a;
  }
}
