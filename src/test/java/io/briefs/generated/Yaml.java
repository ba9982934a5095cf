package io.briefs.generated;

import java.math.BigDecimal;

/** A small YAML writer: block mappings and lists, every text double-quoted so YAML never retypes it. */
final class Yaml {
  private final StringBuilder out = new StringBuilder();

  /** {@code key: value} at an indent, the value written as is (numbers, enum words, dates). */
  Yaml raw(int indent, String key, String value) {
    out.append("  ".repeat(indent)).append(key).append(": ").append(value).append('\n');
    return this;
  }

  /** {@code key: "text"}, skipped when the text is null. */
  Yaml text(int indent, String key, String value) {
    return value == null ? this : raw(indent, key, quote(value));
  }

  /** {@code key: 123.45}, skipped when the number is null. */
  Yaml number(int indent, String key, BigDecimal value) {
    return value == null ? this : raw(indent, key, value.toPlainString());
  }

  /** {@code key:} opening a nested block. */
  Yaml open(int indent, String key) {
    out.append("  ".repeat(indent)).append(key).append(":\n");
    return this;
  }

  /** A list item's first line: {@code - key: value} (the item's other keys go at indent + 1). */
  Yaml item(int indent, String key, String value) {
    out.append("  ".repeat(indent)).append("- ").append(key).append(": ").append(value).append('\n');
    return this;
  }

  /** A list item holding one text. */
  Yaml itemText(int indent, String value) {
    out.append("  ".repeat(indent)).append("- ").append(quote(value)).append('\n');
    return this;
  }

  /** A literal block ({@code |}) of Markdown. */
  Yaml block(int indent, String key, String text) {
    out.append("  ".repeat(indent)).append(key).append(": |\n");
    for (String line : text.split("\n", -1)) {
      if (!line.isEmpty()) {
        out.append("  ".repeat(indent + 1)).append(line);
      }
      out.append('\n');
    }
    return this;
  }

  /** A double-quoted YAML scalar. */
  static String quote(String s) {
    StringBuilder sb = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        default -> sb.append(c < 0x20 ? String.format("\\x%02x", (int) c) : String.valueOf(c));
      }
    }
    return sb.append('"').toString();
  }

  @Override
  public String toString() {
    return out.toString();
  }
}
