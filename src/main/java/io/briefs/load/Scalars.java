package io.briefs.load;

import io.briefs.diag.Diagnostics;
import io.briefs.diag.Printable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/**
 * Converts scalar nodes to values, reporting what was expected when a node does not fit. Every
 * method returns null after reporting a problem.
 */
final class Scalars {
  /** Plain decimal notation only: no exponents, hex, underscores, infinities or NaN. */
  private static final Pattern DECIMAL = Pattern.compile("[-+]?\\d+(\\.\\d+)?");
  private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  static final int MAX_DIGITS = 18;

  private final Diagnostics diagnostics;

  Scalars(Diagnostics diagnostics) {
    this.diagnostics = diagnostics;
  }

  /**
   * Any scalar's text, on one line: names, titles, addresses. YAML's idea of booleans or numbers
   * does not matter for text fields. Other unsafe characters were refused with the file.
   */
  String text(Node node, String what) {
    String text = anyText(node, what);
    int at = text == null ? -1 : Printable.firstUnsafe(text, false);
    if (at >= 0) {
      diagnostics.error(node.loc(), what + " is one line of text; it holds " + Printable.describe(text.codePointAt(at))
          + " at character " + (text.codePointCount(0, at) + 1)
          + " (a block scalar written with > or | ends with one: write >- or |-)");
      return null;
    }
    return text;
  }

  /** Text that may run over several lines and hold tabs: commentary, quotations, risks. */
  String paragraphs(Node node, String what) {
    return anyText(node, what);
  }

  private String anyText(Node node, String what) {
    if (node instanceof ScalarNode s && s.kind() != ScalarNode.Type.NULL) {
      if (s.text().isBlank()) {
        diagnostics.error(node.loc(), "expected " + what + ", found empty text");
        return null;
      }
      return s.text();
    }
    diagnostics.error(node.loc(), "expected " + what + ", found " + node.describe());
    return null;
  }

  /** An exact decimal written as a plain number. */
  BigDecimal decimal(Node node, String what) {
    if (!(node instanceof ScalarNode s)
        || !(s.kind() == ScalarNode.Type.INTEGER || s.kind() == ScalarNode.Type.DECIMAL)) {
      String found = node.describe();
      if (node instanceof ScalarNode s && s.kind() == ScalarNode.Type.STRING && DECIMAL.matcher(s.text().trim()).matches()) {
        found += " in quotes; write the number without quotes";
      }
      diagnostics.error(node.loc(), "expected " + what + ", found " + found);
      return null;
    }
    String text = s.text();
    if (!DECIMAL.matcher(text).matches()) {
      diagnostics.error(
          node.loc(), "expected " + what + " in plain decimal notation (like 1234.5), found " + text);
      return null;
    }
    BigDecimal value = new BigDecimal(text.startsWith("+") ? text.substring(1) : text);
    if (value.precision() > MAX_DIGITS) {
      diagnostics.error(
          node.loc(),
          "number " + text + " has " + value.precision() + " significant digits; the limit is "
              + MAX_DIGITS);
      return null;
    }
    return value;
  }

  /** A whole number. */
  Long integer(Node node, String what) {
    BigDecimal value = decimal(node, what);
    if (value == null) {
      return null;
    }
    if (value.scale() > 0 && value.stripTrailingZeros().scale() > 0) {
      diagnostics.error(node.loc(), "expected " + what + " as a whole number, found " + value.toPlainString());
      return null;
    }
    return value.longValueExact();
  }

  /** {@code true} or {@code false}, and nothing else ({@code yes}, {@code on} are refused). */
  Boolean bool(Node node, String what) {
    if (node instanceof ScalarNode s && s.kind() == ScalarNode.Type.BOOLEAN) {
      if (s.text().equals("true")) {
        return Boolean.TRUE;
      }
      if (s.text().equals("false")) {
        return Boolean.FALSE;
      }
    }
    diagnostics.error(node.loc(), "expected " + what + " (true or false), found " + node.describe());
    return null;
  }

  /** An ISO date, {@code 2025-05-02}. */
  LocalDate date(Node node, String what) {
    String text = node instanceof ScalarNode s && s.kind() == ScalarNode.Type.STRING ? s.text() : null;
    if (text != null && DATE.matcher(text).matches()) {
      try {
        return LocalDate.parse(text);
      } catch (DateTimeParseException e) {
        diagnostics.error(node.loc(), what + " " + text + " is not a calendar date");
        return null;
      }
    }
    diagnostics.error(
        node.loc(), "expected " + what + " as an ISO date like 2025-05-02, found " + node.describe());
    return null;
  }
}
