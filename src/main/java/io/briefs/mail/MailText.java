package io.briefs.mail;

import io.briefs.render.BriefPage;
import freemarker.core.HTMLOutputFormat;
import freemarker.template.TemplateModelException;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;

/**
 * The plain-text part of a brief's message: the same words as the HTML part, wrapped at 72
 * columns, the key figures as an aligned table, the sources as URLs.
 */
final class MailText {
  static final int WIDTH = 72;

  private MailText() {}

  static String of(BriefPage page, String pdfName) {
    StringBuilder out = new StringBuilder();
    line(out, page.company().name() + " · " + page.periodDisplay() + " · " + page.reportedDisplay());
    out.append('\n');
    wrap(out, page.headline().toUpperCase(java.util.Locale.ROOT));
    out.append('\n');
    wrap(out, page.lede());
    out.append('\n');
    table(out, page.keyFigures());
    out.append('\n');
    for (BriefPage.SectionView section : page.sections()) {
      line(out, section.title());
      line(out, "-".repeat(section.title().length()));
      for (BriefPage.BlockView block : section.blocks()) {
        block(out, block);
        out.append('\n');
      }
    }
    if (!page.sources().isEmpty()) {
      line(out, "Sources");
      line(out, "-------");
      page.sources().forEach(s -> line(out, "- " + s.title() + (s.url() == null ? "" : ": " + s.url())));
      out.append('\n');
    }
    wrap(out, "The full brief is attached as a PDF (" + pdfName + "). Generated from quarterly datasets;"
        + " every figure is derived from the data. Not investment advice.");
    return out.toString();
  }

  /** A paragraph, a list, a quote, or editorial markup as its text. */
  private static void block(StringBuilder out, BriefPage.BlockView block) {
    switch (block.kind()) {
      case "list" -> block.items().forEach(item -> wrap(out, "- " + item));
      case "quote" -> {
        wrap(out, "\u201C" + block.text() + "\u201D");
        wrap(out, "\u2014 " + block.attribution());
      }
      case "markup" -> {
        try {
          wrap(out, Jsoup.parse(HTMLOutputFormat.INSTANCE.getMarkupString(block.html())).text());
        } catch (TemplateModelException e) {
          throw new IllegalStateException("commentary markup is made by briefs and always readable", e);
        }
      }
      default -> wrap(out, block.text());
    }
  }

  private static void table(StringBuilder out, BriefPage.TableView table) {
    line(out, table.caption());
    List<List<String>> rows = new ArrayList<>();
    rows.add(table.columns().isEmpty() ? List.of() : withBlankFirst(table.columns()));
    table.rows().forEach(r -> {
      List<String> cells = new ArrayList<>();
      cells.add(r.label());
      cells.addAll(r.cells());
      rows.add(cells);
    });
    int columns = rows.stream().mapToInt(List::size).max().orElse(0);
    int[] widths = new int[columns];
    rows.forEach(r -> {
      for (int i = 0; i < r.size(); i++) {
        widths[i] = Math.max(widths[i], r.get(i).length());
      }
    });
    for (List<String> r : rows) {
      StringBuilder l = new StringBuilder();
      for (int i = 0; i < r.size(); i++) {
        String cell = r.get(i);
        String pad = " ".repeat(widths[i] - cell.length());
        l.append(i == 0 ? cell + pad : "  " + pad + cell);
      }
      line(out, l.toString().stripTrailing());
    }
  }

  /** The header row has the row labels' column first, which has no heading of its own here. */
  private static List<String> withBlankFirst(List<String> columns) {
    List<String> row = new ArrayList<>(columns);
    row.set(0, "");
    return row;
  }

  private static void line(StringBuilder out, String text) {
    out.append(text).append('\n');
  }

  /** Greedy word wrap; a word longer than the width gets a line of its own. */
  static void wrap(StringBuilder out, String text) {
    StringBuilder current = new StringBuilder();
    for (String word : text.strip().split("\\s+")) {
      if (current.length() > 0 && current.length() + 1 + word.length() > WIDTH) {
        line(out, current.toString());
        current.setLength(0);
      }
      current.append(current.length() > 0 ? " " : "").append(word);
    }
    if (current.length() > 0) {
      line(out, current.toString());
    }
  }
}
