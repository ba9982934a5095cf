package io.briefs.sec;

import io.briefs.diag.Diagnostic;
import io.briefs.diag.Severity;
import io.briefs.model.Units;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Writes a draft into text: all of it into a new file, or into an existing file only the keys it
 * lacks, each added as new lines (or, in a one-line {@code { ... }} mapping, as new entries) so
 * that every character a person wrote stays where it was. A key the file has with another value
 * is left as written and reported as a warning naming both values.
 */
final class FileMerge {
  /** The column comments start at when the line leaves room. */
  static final int COMMENT_COLUMN = 34;

  private FileMerge() {}

  /** What merging a draft into a file gives. */
  record Merged(@Nullable String text, List<String> added, List<Diagnostic> warnings) {
    boolean changed() {
      return !added.isEmpty();
    }
  }

  /** A new file: optional header comment lines, then the draft. */
  static String render(List<String> header, KeyTree.Branch draft, Units scale) {
    List<String> lines = new ArrayList<>(header);
    draft.children().forEach((k, v) -> lines.addAll(block(k, v, "", scale)));
    return String.join("\n", lines) + "\n";
  }

  /** An existing file with the draft's missing keys added. */
  static Merged merge(YamlText file, KeyTree.Branch draft, Units scale) {
    Merger m = new Merger(file, scale);
    m.merge(draft, file.root, "");
    return m.result();
  }

  private static final class Merger {
    private final YamlText file;
    private final Units scale;
    private final String newline;
    private final List<Insertion> insertions = new ArrayList<>();
    private final List<String> added = new ArrayList<>();
    private final List<Diagnostic> warnings = new ArrayList<>();

    private record Insertion(int offset, int order, String text) {}

    Merger(YamlText file, Units scale) {
      this.file = file;
      this.scale = scale;
      this.newline = file.newline();
    }

    void merge(KeyTree.Branch draft, YamlText.YamlNode.Mapping into, String path) {
      List<Map.Entry<String, KeyTree.KeyNode>> missing = new ArrayList<>();
      for (Map.Entry<String, KeyTree.KeyNode> e : draft.children().entrySet()) {
        String key = e.getKey();
        YamlText.KeyEntry have = into.entry(key);
        String at = path.isEmpty() ? key : path + "." + key;
        if (have == null) {
          missing.add(e);
        } else if (e.getValue() instanceof KeyTree.Branch branch) {
          if (have.value() instanceof YamlText.YamlNode.Mapping m) {
            merge(branch, m, at);
          } else {
            warn(have.value().start(), at + " is not a mapping here, so nothing was added to it");
          }
        } else if (e.getValue() instanceof KeyTree.Leaf leaf) {
          String found = scalarOf(have.value());
          String why = leaf.value().disagreement(found, scale);
          if (why != null) {
            String kept = found == null ? "what is written" : found;
            warn(have.value().start(), at + ": kept " + kept + " as written; " + why);
          }
        }
      }
      if (!missing.isEmpty()) {
        insert(into, missing, path);
      }
    }

    /** The text of a scalar, or of the {@code value} of a stated change; null for anything else. */
    private static String scalarOf(YamlText.YamlNode node) {
      if (node instanceof YamlText.YamlNode.Scalar s) {
        return s.value();
      }
      if (node instanceof YamlText.YamlNode.Mapping m && m.get("value") instanceof YamlText.YamlNode.Scalar s) {
        return s.value();
      }
      return null;
    }

    private void insert(YamlText.YamlNode.Mapping into, List<Map.Entry<String, KeyTree.KeyNode>> missing, String path) {
      if (into.flow()) { // a verbatim block (the sources list) has no one-line form: left out there
        missing = missing.stream().filter(e -> !(e.getValue() instanceof KeyTree.Verbatim)).toList();
      }
      missing.forEach(e -> added.add(path.isEmpty() ? e.getKey() : path + "." + e.getKey()));
      if (missing.isEmpty()) {
        return;
      }
      if (into.flow()) {
        StringBuilder text = new StringBuilder();
        for (Map.Entry<String, KeyTree.KeyNode> e : missing) {
          boolean first = into.entries().isEmpty() && text.length() == 0;
          text.append(first ? "" : ", ").append(e.getKey()).append(": ").append(flow(e.getValue(), scale));
        }
        int offset = into.entries().isEmpty() ? into.close().offset()
            : into.entries().get(into.entries().size() - 1).value().end().offset();
        insertions.add(new Insertion(offset, insertions.size(), text.toString()));
        return;
      }
      YamlText.KeyEntry firstKey = into.entries().get(0);
      String indent = " ".repeat(firstKey.keyAt().offset() - file.lineStart(firstKey.keyAt().line()));
      List<String> lines = new ArrayList<>();
      missing.forEach(e -> lines.addAll(block(e.getKey(), e.getValue(), indent, scale)));
      int last = lastLine(into);
      int offset = file.lineStart(last + 1);
      String text = String.join(newline, lines) + newline;
      if (last + 1 >= file.lines() && !endsWithBreak(file.text)) {
        text = newline + text.substring(0, text.length() - newline.length());
      }
      insertions.add(new Insertion(offset, insertions.size(), text));
    }

    /** The last line holding the mapping's content (a value's trailing comment shares it). */
    private int lastLine(YamlText.YamlNode.Mapping m) {
      YamlText.At end = m.end();
      if (end.line() > m.start().line() && end.offset() == file.lineStart(end.line())) {
        return end.line() - 1;
      }
      return end.line();
    }

    private static boolean endsWithBreak(String text) {
      return !text.isEmpty() && "\r\n\u0085\u2028\u2029".indexOf(text.charAt(text.length() - 1)) >= 0;
    }

    private void warn(YamlText.At at, String message) {
      int column = at.offset() - file.lineStart(at.line());
      warnings.add(new Diagnostic(file.file, at.line() + 1, column + 1, Severity.WARNING, message));
    }

    Merged result() {
      if (insertions.isEmpty()) {
        return new Merged(null, List.of(), warnings);
      }
      StringBuilder text = new StringBuilder(file.text);
      insertions.stream()
          .sorted(Comparator.comparingInt(Insertion::offset).thenComparingInt(Insertion::order).reversed())
          .forEach(i -> text.insert(i.offset(), i.text()));
      return new Merged((file.bom ? "\uFEFF" : "") + text, added, warnings);
    }
  }

  /** A key and its content as block lines at an indentation. */
  static List<String> block(String key, KeyTree.KeyNode item, String indent, Units scale) {
    List<String> lines = new ArrayList<>();
    if (item instanceof KeyTree.Leaf leaf) {
      lines.add(commented(indent + key + ": " + leaf.value().written(scale), leaf.comment().apply(scale)));
    } else if (item instanceof KeyTree.Branch branch) {
      lines.add(commented(indent + key + ":", branch.comment()));
      branch.children().forEach((k, v) -> lines.addAll(block(k, v, indent + "  ", scale)));
    } else if (item instanceof KeyTree.Verbatim block) {
      lines.add(indent + key + ":");
      block.lines().forEach(l -> lines.add(indent + "  " + l));
    }
    return lines;
  }

  /** The content of a key in flow style: {@code { a: 1, b: 2 }}; blocks have no flow form. */
  static String flow(KeyTree.KeyNode item, Units scale) {
    if (item instanceof KeyTree.Leaf leaf) {
      return leaf.value().written(scale);
    }
    if (item instanceof KeyTree.Branch branch) {
      List<String> parts = new ArrayList<>();
      branch.children().forEach((k, v) -> {
        if (!(v instanceof KeyTree.Verbatim)) {
          parts.add(k + ": " + flow(v, scale));
        }
      });
      return "{ " + String.join(", ", parts) + " }";
    }
    return "[]";
  }

  private static String commented(String line, String comment) {
    if (comment == null || comment.isEmpty()) {
      return line;
    }
    int pad = Math.max(2, COMMENT_COLUMN - line.length());
    return line + " ".repeat(pad) + "# " + YamlScalars.commentText(comment);
  }
}
