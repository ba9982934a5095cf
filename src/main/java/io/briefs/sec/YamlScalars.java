package io.briefs.sec;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Writes text as YAML scalars that read back as the same text. */
final class YamlScalars {
  private static final Pattern PLAIN = Pattern.compile("[A-Za-z][A-Za-z0-9 .,&()'/-]*[A-Za-z0-9.)]|[A-Za-z]");
  private static final Set<String> WORDS = Set.of("true", "false", "yes", "no", "on", "off", "null", "y", "n");

  private YamlScalars() {}

  /** The text unquoted when YAML reads it back as the same text, otherwise double-quoted. */
  static String plainOrQuoted(String text) {
    if (PLAIN.matcher(text).matches() && !WORDS.contains(text.toLowerCase(Locale.ROOT))
        && !text.contains(" #") && !text.contains(": ")) {
      return text;
    }
    return quoted(text);
  }

  /** The text double-quoted, with every character YAML could misread escaped. */
  static String quoted(String text) {
    StringBuilder b = new StringBuilder("\"");
    text.codePoints().forEach(c -> {
      if (c == '"' || c == '\\') {
        b.append('\\').appendCodePoint(c);
      } else if (c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0) || c == 0x2028 || c == 0x2029
          || Character.getType(c) == Character.FORMAT || c == 0xfeff) {
        b.append(c <= 0xffff ? String.format("\\u%04x", c) : String.format("\\U%08x", c));
      } else {
        b.appendCodePoint(c);
      }
    });
    return b.append('"').toString();
  }

  /** Text safe to put in a comment: one line, no control or direction characters. */
  static String commentText(String text) {
    StringBuilder b = new StringBuilder();
    text.codePoints().forEach(c -> {
      boolean bad = Character.isISOControl(c) || Character.getType(c) == Character.FORMAT
          || c == 0x2028 || c == 0x2029 || c == 0x85;
      b.appendCodePoint(bad ? ' ' : c);
    });
    return b.toString().strip();
  }
}
