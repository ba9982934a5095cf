package io.briefs.diag;

import java.util.Locale;

/**
 * The characters that must never reach a terminal, a log or a page raw, and the one escaper of
 * every message that echoes a user's text. Control characters move the cursor, recolour or clear
 * a terminal and forge lines (a line break in a key once printed a GitHub {@code ::error}
 * command of its own); bidirectional controls reorder what a reader sees; noncharacters and lone
 * surrogates are not text at all. The loader refuses these in data, and messages escape them.
 */
public final class Printable {
  private Printable() {}

  /**
   * Whether a character is unsafe in text: a C0 or C1 control (tab and line feed included: a
   * field that allows them says so), DEL, a bidirectional embedding, override or isolate, a line
   * or paragraph separator, a noncharacter or a lone surrogate.
   */
  public static boolean unsafe(int cp) {
    return cp < 0x20 || (cp >= 0x7f && cp <= 0x9f)
        || (cp >= 0x202a && cp <= 0x202e) || (cp >= 0x2066 && cp <= 0x2069)
        || cp == 0x2028 || cp == 0x2029
        || noncharacter(cp)
        || (cp >= 0xd800 && cp <= 0xdfff);
  }

  /** U+FDD0 to U+FDEF, and the last two code points of every plane (U+FFFE, U+FFFF, U+1FFFE...). */
  public static boolean noncharacter(int cp) {
    return (cp >= 0xfdd0 && cp <= 0xfdef) || (cp & 0xfffe) == 0xfffe;
  }

  /** The index of the first unsafe character in {@code text}, or -1. */
  public static int firstUnsafe(String text, boolean allowTabAndNewline) {
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      if (unsafe(cp) && !(allowTabAndNewline && (cp == '\t' || cp == '\n'))) {
        return i;
      }
      i += Character.charCount(cp);
    }
    return -1;
  }

  /** A character as a message names it: "U+001B (a control character)". */
  public static String describe(int cp) {
    String kind;
    if (cp == '\n' || cp == '\r' || cp == 0x2028 || cp == 0x2029) {
      kind = "a line break";
    } else if (cp == '\t') {
      kind = "a tab";
    } else if (cp < 0x20 || (cp >= 0x7f && cp <= 0x9f)) {
      kind = "a control character";
    } else if (cp >= 0xd800 && cp <= 0xdfff) {
      kind = "half of a surrogate pair, not a character";
    } else if (noncharacter(cp)) {
      kind = "a noncharacter";
    } else {
      kind = "a bidirectional control, which reorders the text around it";
    }
    return String.format(Locale.ROOT, "U+%04X (%s)", cp, kind);
  }

  /**
   * {@code text} with every unsafe character (and carriage return, tab, line feed) written as an
   * escape: {@code \n}, {@code \t}, {@code \r}, {@code \x1b}, a backslash, {@code u} and four hex
   * digits for U+202E, a backslash, {@code U} and eight for U+1FFFE (spelt out here: Java would read
   * that escape in a comment too). Text without one is returned as it is.
   */
  public static String escape(String text) {
    if (text == null || firstUnsafe(text, false) < 0) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      if (!unsafe(cp)) {
        out.appendCodePoint(cp);
      } else if (cp == '\n') {
        out.append("\\n");
      } else if (cp == '\r') {
        out.append("\\r");
      } else if (cp == '\t') {
        out.append("\\t");
      } else if (cp <= 0xff) {
        out.append(String.format(Locale.ROOT, "\\x%02x", cp));
      } else if (cp <= 0xffff) {
        out.append(String.format(Locale.ROOT, "\\u%04x", cp));
      } else {
        out.append(String.format(Locale.ROOT, "\\U%08x", cp));
      }
    }
    return out.toString();
  }
}
