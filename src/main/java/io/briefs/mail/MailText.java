package io.briefs.mail;

import io.briefs.render.BriefPage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import freemarker.core.HTMLOutputFormat;
import freemarker.template.TemplateModelException;
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
    wrap(out, page.headline().toUpperCase(Locale.ROOT));
    out.append('\n');
    wrap(out, page.lede());
    out.append('\n');
    for (String takeaway : page.takeaways()) {
      wrap(out, "* " + takeaway, "  ");
    }
    if (!page.takeaways().isEmpty()) {
      out.append('\n');
    }
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
      // a title wraps; an address stays whole on a line of its own, to be followed
      page.sources().forEach(s -> {
        wrap(out, "- " + s.title() + (s.url() == null ? "" : ":"), "  ");
        if (s.url() != null) {
          line(out, "  " + s.url());
        }
      });
      out.append('\n');
    }
    wrap(out, "The full brief is attached as a PDF (" + pdfName + "). Generated from quarterly datasets;"
        + " every figure is derived from the data. Not investment advice.");
    return out.toString();
  }

  /** A paragraph, a list, a quote, or editorial markup as its text. */
  private static void block(StringBuilder out, BriefPage.BlockView block) {
    switch (block.kind()) {
      case "list" -> block.items().forEach(item -> wrap(out, "- " + item, "  "));
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

  /**
   * A table in columns; one wider than a line is split into tables of the columns that fit, each
   * with the row labels again and without the rows it has nothing for ("Consensus" and "Against
   * consensus" become a small table of the figures that had estimates).
   */
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
    int from = 1;
    while (from < columns || columns == 1) {
      int to = from;
      int width = widths[0];
      while (to < columns && (to == from || width + 2 + widths[to] <= WIDTH)) {
        width += 2 + widths[to];
        to++;
      }
      if (from > 1) {
        out.append('\n');
      }
      columns(out, rows, widths, from, to);
      if (columns == 1) {
        break;
      }
      from = to;
    }
  }

  /**
   * The label column and columns {@code [from, to)}, leaving out body rows with nothing there;
   * {@code widths} holds each column's widest cell.
   */
  private static void columns(StringBuilder out, List<List<String>> rows, int[] widths, int from, int to) {
    int label = 0;
    for (int k = 0; k < rows.size(); k++) {
      if (k == 0 || hasAny(rows.get(k), from, to)) {
        label = Math.max(label, rows.get(k).isEmpty() ? 0 : rows.get(k).get(0).length());
      }
    }
    for (int k = 0; k < rows.size(); k++) {
      List<String> r = rows.get(k);
      if (k > 0 && !hasAny(r, from, to)) {
        continue;
      }
      StringBuilder l = new StringBuilder();
      String first = r.isEmpty() ? "" : r.get(0);
      l.append(first).append(" ".repeat(label - first.length()));
      for (int i = from; i < Math.min(to, r.size()); i++) {
        String cell = r.get(i);
        l.append("  ").append(" ".repeat(widths[i] - cell.length())).append(cell);
      }
      line(out, l.toString().stripTrailing());
    }
  }

  /** Whether a row has a figure in columns {@code [from, to)}: not only dashes. */
  private static boolean hasAny(List<String> row, int from, int to) {
    for (int i = from; i < Math.min(to, row.size()); i++) {
      if (!row.get(i).isBlank() && !row.get(i).equals("\u2013")) {
        return true;
      }
    }
    return false;
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
    wrap(out, text, "");
  }

  /** Wraps at {@value #WIDTH} columns, lines after the first starting with {@code hanging}. */
  static void wrap(StringBuilder out, String text, String hanging) {
    StringBuilder current = new StringBuilder();
    boolean empty = true;
    for (String word : text.strip().split("\\s+")) {
      if (!empty && current.length() + 1 + word.length() > WIDTH) {
        line(out, current.toString());
        current.setLength(0);
        current.append(hanging);
        empty = true;
      }
      current.append(empty ? "" : " ").append(word);
      empty = false;
    }
    if (!empty) {
      line(out, current.toString());
    }
  }
}
