package io.briefs.generated;

import io.briefs.chart.ChartSpec;
import io.briefs.ledger.Ledger;
import io.briefs.model.AnalystAction;
import io.briefs.model.Company;
import io.briefs.model.CompanyData;
import io.briefs.model.Quarter;
import io.briefs.narrative.Brief;
import io.briefs.narrative.Numbers;
import io.briefs.narrative.Prose;
import io.briefs.render.BriefPage;
import io.briefs.render.ChartView;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/** What a brief page may never show, and the rule that every number it shows is in its ledger. */
final class PageCheck {
  /** Made-up values, two signs in a row, a currency or scale word without a number. */
  private static final Pattern BAD = Pattern.compile("(?i)\\bnan\\b|\\bnull\\b|infinity|undefined"
      + "|[-\u2212\u2013+]\\s?[-\u2212+]|[$€£¥₹₩]\\s?[-\u2212+]|[$€£¥₹₩](?!\\s?\\d)"
      + "|(?<!\\d)%|(?<![\\d.]) (?:million|billion|trillion)\\b");
  private static final Pattern NOT_A_FIGURE = Pattern.compile(
      "(?:Q[1-4] )?FY\\d{4}(?:-Q[1-4])?|Q[1-4] FY\\d{2,4}|(?:January|February|March|April|May|June|July|August"
          + "|September|October|November|December) \\d{1,2}, \\d{4}");

  private PageCheck() {}

  /** Bad text in the words, the charts' findings, the page record and the page itself. */
  static List<String> texts(Brief brief, List<ChartSpec> charts, BriefPage page, String html) {
    List<String> out = new ArrayList<>();
    List<Prose> prose = new ArrayList<>(brief.allProse());
    charts.forEach(c -> prose.add(c.description()));
    for (Prose p : prose) {
      for (Prose.Num n : p.numbers()) {
        if (!n.text().matches(".*\\d.*")) {
          out.add("a number without digits, \"" + n.text() + "\" for " + n.fact().id() + ", in \"" + p.text() + "\"");
        }
      }
      bad("prose", p.text(), out);
    }
    Stream.of(page.title(), page.description(), page.headline(), page.lede()).forEach(t -> bad("page", t, out));
    for (ChartView c : page.charts()) {
      c.table().rows().forEach(r -> r.cells().forEach(cell -> bad("chart table " + c.id(), cell, out)));
    }
    Document doc = Jsoup.parse(html);
    // node by node: a table's cells read one after another ("–" then "−5%") are not one text
    NodeTraversor.traverse((NodeVisitor) (node, depth) -> {
      if (node instanceof TextNode t) {
        bad("page text", t.text(), out);
      }
    }, doc);
    doc.select("meta[content]").forEach(m -> bad("meta " + m.attr("name") + m.attr("property"), m.attr("content"), out));
    return out;
  }

  private static void bad(String where, String text, List<String> out) {
    if (text == null) {
      out.add(where + ": a text is null");
      return;
    }
    Matcher m = BAD.matcher(text);
    if (m.find()) {
      int from = Math.max(0, m.start() - 60);
      out.add(where + ": shows \"" + m.group() + "\" in \"" + text.substring(from, Math.min(text.length(), m.end() + 60))
          + "\"");
    }
  }

  /** Numbers of the article (names, dates, periods, sources and charts' drawings left out) not in the ledger. */
  static List<String> ledger(String html, Ledger ledger, CompanyData company, Quarter q, Numbers numbers) {
    Document doc = Jsoup.parse(html);
    doc.select("svg, #sources, .kicker, thead").remove();
    List<Pattern> names = names(company.company(), q).stream()
        // whole words only: a ticker "Q" is not the Q of "Q3 FY25"
        .map(name -> Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(name) + "(?![\\p{L}\\p{N}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)).toList();
    // names are masked in each text of the page on its own: a chart's title "... Works and Acme"
    // next to its finding "Société 100% was ..." does not make the company "Acme Société"
    NodeTraversor.traverse((node, depth) -> {
      if (node instanceof TextNode t) {
        String masked = t.getWholeText();
        for (Pattern name : names) {
          masked = name.matcher(masked).replaceAll(" ");
        }
        t.text(masked);
      }
    }, doc.select("article"));
    String text = doc.select("article").text();
    text = NOT_A_FIGURE.matcher(text).replaceAll(" ");
    Pattern number = Pattern.compile("(?:" + Pattern.quote(numbers.symbol()) + "|[$€£¥₹₩])?\\d+(?:,\\d{3})*"
        + "(?:\\.\\d+)?(?:%| (?:billion|million|trillion))?");
    List<String> shown = ledger.shown().stream().map(Ledger.ShownEntry::text).toList();
    List<String> missing = new ArrayList<>();
    Matcher m = number.matcher(text);
    while (m.find()) {
      String n = m.group();
      if (shown.stream().noneMatch(s -> s.contains(n))) {
        missing.add(n + " (in \"" + text.substring(Math.max(0, m.start() - 40), Math.min(text.length(), m.end() + 20))
            + "\")");
      }
    }
    return missing.isEmpty() ? List.of() : List.of("numbers shown but not in the ledger: " + missing);
  }

  /** Every name the data gives (they may hold digits: "3M"), longest first; matched ignoring case. */
  private static List<String> names(Company c, Quarter q) {
    List<String> names = new ArrayList<>(List.of(c.name(), c.shortName()));
    names.add(c.ticker());
    names.add(c.exchange());
    c.segments().forEach(s -> {
      names.add(s.name());
      names.add(s.shortName());
      s.lines().forEach(l -> names.add(l.name()));
    });
    c.kpis().forEach(k -> names.add(k.name()));
    for (AnalystAction a : q.coverage().analysts()) {
      names.add(a.firm());
      names.add(a.rating());
    }
    q.coverage().holders().forEach(h -> names.add(h.holder()));
    if (q.coverage().consensus() != null) {
      names.add(q.coverage().consensus().source());
    }
    q.coverage().quotes().forEach(x -> {
      names.add(x.speaker());
      names.add(x.title());
    });
    // as written: lower-casing "İşbank" gives a longer text than the page's "i̇şbank"
    return names.stream().filter(Objects::nonNull).distinct()
        .sorted(Comparator.comparingInt(String::length).reversed()).toList();
  }
}
