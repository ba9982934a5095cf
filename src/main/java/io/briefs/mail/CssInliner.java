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
import org.jsoup.select.Selector;

/**
 * Moves a mail template's {@code <style>} rules into {@code style} attributes, because many mail
 * clients drop style sheets. Rules apply in the cascade's order (specificity, then source order;
 * a template's own {@code style} attribute wins), then the {@code <style>} elements are removed.
 * Only plain rules can be inlined: an at-rule ({@code @media}, {@code @import}) or a pseudo
 * selector is refused with its text, rather than silently lost.
 */
final class CssInliner {
  private static final Pattern COMMENT = Pattern.compile("/\\*.*?\\*/", Pattern.DOTALL);
  private static final Pattern RULE = Pattern.compile("([^{}]+)\\{([^{}]*)\\}");

  private CssInliner() {}

  private record StyleRule(String selector, int specificity, int order, String declarations) {}

  /** Inlines and removes the document's style sheets. */
  static void inline(Document doc) throws MailException {
    StringBuilder css = new StringBuilder();
    doc.select("style").forEach(s -> css.append(s.data()).append('\n'));
    doc.select("style").remove();
    List<StyleRule> rules = parse(COMMENT.matcher(css).replaceAll(""));
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
  }

  private static List<StyleRule> parse(String css) throws MailException {
    if (css.contains("@")) {
      int at = css.indexOf('@');
      throw new MailException("mail.ftlh: mail styles cannot be inlined from an at-rule: `"
          + css.substring(at, Math.min(css.length(), at + 40)).strip() + "`");
    }
    List<StyleRule> rules = new ArrayList<>();
    Matcher m = RULE.matcher(css);
    int end = 0;
    while (m.find()) {
      if (!css.substring(end, m.start()).isBlank()) {
        throw new MailException("mail.ftlh: unreadable CSS before `" + m.group(1).strip() + "`");
      }
      String declarations = m.group(2).strip().replaceAll("\\s+", " ").replaceAll(";\\s*$", "");
      for (String selector : m.group(1).split(",")) {
        String s = selector.strip();
        if (s.contains(":")) {
          throw new MailException("mail.ftlh: a pseudo-class or pseudo-element cannot be inlined: `"
              + s + "`");
        }
        rules.add(new StyleRule(s, specificity(s), rules.size(), declarations));
      }
      end = m.end();
    }
    if (!css.substring(end).isBlank()) {
      throw new MailException("mail.ftlh: unreadable CSS at the end: `" + css.substring(end).strip() + "`");
    }
    return rules;
  }

  /** Ids count 100, classes and attributes 10, element names 1 (CSS 2.1 specificity). */
  static int specificity(String selector) {
    int ids = count(selector, "#[\\w-]+");
    int classes = count(selector, "\\.[\\w-]+") + count(selector, "\\[[^]]*]");
    String names = selector.replaceAll("[#.][\\w-]+|\\[[^]]*]", " ");
    int elements = count(names, "(?<![\\w-])[a-zA-Z][\\w-]*");
    return ids * 100 + classes * 10 + elements;
  }

  private static int count(String text, String regex) {
    Matcher m = Pattern.compile(regex).matcher(text);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }
}
