package io.briefs.mail;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.jsoup.select.Selector;

/**
 * Moves a mail template's {@code <style>} rules into {@code style} attributes, because many mail
 * clients drop style sheets. Rules apply in the cascade's order (specificity, then source order;
 * a template's own {@code style} attribute wins), then the {@code <style>} elements are removed.
 * Only plain rules can be inlined: an at-rule ({@code @media}, {@code @import}, {@code
 * @font-face}) or a selector with a pseudo-class cannot be, and is left out of the message; each
 * one left out is returned, so the command warns about it instead of losing it silently.
 */
final class CssInliner {
  private static final Pattern COMMENT = Pattern.compile("/\\*.*?\\*/", Pattern.DOTALL);

  private CssInliner() {}

  private record StyleRule(String selector, int specificity, int order, String declarations) {}

  /**
   * Inlines and removes the document's style sheets.
   *
   * @return the rules (or selectors) that could not be inlined and were left out, as written
   */
  static List<String> inline(Document doc) throws MailException {
    StringBuilder css = new StringBuilder();
    Elements sheets = doc.select("style");
    sheets.forEach(s -> css.append(s.data()).append('\n'));
    sheets.remove();
    List<String> dropped = new ArrayList<>();
    List<StyleRule> rules = parse(COMMENT.matcher(css).replaceAll(""), dropped);
    rules.sort(Comparator.comparingInt(StyleRule::specificity).thenComparingInt(StyleRule::order));
    Map<Element, StringBuilder> styles = new LinkedHashMap<>();
    for (StyleRule rule : rules) {
      try {
        for (Element e : doc.select(rule.selector())) {
          styles.computeIfAbsent(e, k -> new StringBuilder()).append(rule.declarations()).append("; ");
        }
      } catch (Selector.SelectorParseException ex) {
        throw new MailException("mail.ftlh: cannot inline the selector `" + rule.selector() + "`: "
            + ex.getMessage());
      }
    }
    styles.forEach((e, style) -> {
      String own = e.attr("style").strip();
      e.attr("style", (style + own).strip().replaceAll(";\\s*$", ""));
    });
    return dropped;
  }

  /** The plain rules of a style sheet; what cannot be inlined goes to {@code dropped}. */
  private static List<StyleRule> parse(String css, List<String> dropped) throws MailException {
    List<StyleRule> rules = new ArrayList<>();
    int at = 0;
    while (true) {
      while (at < css.length() && Character.isWhitespace(css.charAt(at))) {
        at++;
      }
      if (at >= css.length()) {
        return rules;
      }
      int open = css.indexOf('{', at);
      int semicolon = css.indexOf(';', at);
      if (css.charAt(at) == '@' && semicolon >= 0 && (open < 0 || semicolon < open)) {
        dropped.add(oneLine(css.substring(at, semicolon + 1))); // @import url(...);
        at = semicolon + 1;
        continue;
      }
      if (open < 0) {
        throw new MailException("mail.ftlh: unreadable CSS at the end: `" + oneLine(css.substring(at)) + "`");
      }
      int close = matching(css, open);
      if (close < 0) {
        throw new MailException("mail.ftlh: a block of CSS is not closed: `" + oneLine(css.substring(at)) + "`");
      }
      String prelude = css.substring(at, open).strip();
      String body = css.substring(open + 1, close);
      if (prelude.startsWith("@") || body.indexOf('{') >= 0) {
        dropped.add(oneLine(css.substring(at, close + 1)));
      } else {
        String declarations = body.strip().replaceAll("\\s+", " ").replaceAll(";\\s*$", "");
        for (String selector : prelude.split(",")) {
          String s = selector.strip();
          if (s.contains(":")) {
            dropped.add(s + " { " + declarations + " }");
          } else {
            rules.add(new StyleRule(s, specificity(s), rules.size(), declarations));
          }
        }
      }
      at = close + 1;
    }
  }

  /** The index of the brace closing the one at {@code open}, or -1. */
  private static int matching(String css, int open) {
    int depth = 0;
    for (int i = open; i < css.length(); i++) {
      char c = css.charAt(i);
      if (c == '{') {
        depth++;
      } else if (c == '}' && --depth == 0) {
        return i;
      }
    }
    return -1;
  }

  private static String oneLine(String text) {
    return text.strip().replaceAll("\\s+", " ");
  }

  /** Ids count 100, classes and attributes 10, element names 1 (CSS 2.1 specificity). */
  static int specificity(String selector) {
    int ids = count(selector, ID);
    int classes = count(selector, CLASS) + count(selector, ATTRIBUTE);
    String names = ID_CLASS_OR_ATTRIBUTE.matcher(selector).replaceAll(" ");
    int elements = count(names, ELEMENT);
    return ids * 100 + classes * 10 + elements;
  }

  // compiled once: every selector of every brief's mail is measured
  private static final Pattern ID = Pattern.compile("#[\\w-]+");
  private static final Pattern CLASS = Pattern.compile("\\.[\\w-]+");
  private static final Pattern ATTRIBUTE = Pattern.compile("\\[[^]]*]");
  private static final Pattern ID_CLASS_OR_ATTRIBUTE = Pattern.compile("[#.][\\w-]+|\\[[^]]*]");
  private static final Pattern ELEMENT = Pattern.compile("(?<![\\w-])[a-zA-Z][\\w-]*");

  private static int count(String text, Pattern pattern) {
    Matcher m = pattern.matcher(text);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }
}
