package io.briefs.narrative;

import io.briefs.model.Company;
import io.briefs.model.Coverage;
import io.briefs.model.Segment;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A segment's full name at its first mention in the running text ("Infrastructure Solutions Group
 * (ISG)"), its short name after: headlines keep the short name, and quotations and commentary are
 * someone else's words. Applied in reading order over the brief once it is written.
 */
final class FirstMentions {
  /** A segment to introduce: its short name as a word (not a possessive), and the longer names holding it. */
  private record Introduced(Segment segment, Pattern shortName, List<Pattern> longer) {}

  private final List<Introduced> segments = new ArrayList<>();
  private final Set<String> introduced = new HashSet<>();

  /** Compiles each pattern once a brief: the text of a brief is walked part by part. */
  FirstMentions(Company company, Coverage coverage) {
    List<String> names = new ArrayList<>(List.of(company.name(), company.shortName()));
    // the quarter's own names: "Acme Capital sold ..." is no mention of the segment Acme
    coverage.analysts().forEach(a -> {
      names.add(a.firm());
      names.add(a.rating());
    });
    coverage.holders().forEach(h -> names.add(h.holder()));
    coverage.quotes().forEach(q -> {
      names.add(q.speaker());
      names.add(q.title());
    });
    if (coverage.consensus() != null) {
      names.add(coverage.consensus().source());
    }
    company.segments().forEach(s -> {
      names.add(s.name());
      s.lines().forEach(l -> names.add(l.name()));
    });
    company.kpis().forEach(k -> names.add(k.name()));
    for (Segment s : company.segments()) {
      if (s.shortName().equals(s.name())) {
        continue;
      }
      // a possessive ("ISG's") is left short: "Infrastructure Solutions Group's (ISG)" reads badly
      Pattern word = Pattern.compile("\\b" + Pattern.quote(s.shortName()) + "\\b(?!['\u2019])");
      // names (of the company, its segments and lines, KPIs, analysts...) a short name may sit inside,
      // never to be expanded there ("Acme" in "Acme 100%'s"), as written or mid-sentence ("labs
      // Works 100%" for the KPI "Labs Works 100%")
      List<Pattern> longer = names.stream()
          .filter(n -> n != null && n.length() > s.shortName().length() && n.contains(s.shortName())).distinct()
          .map(n -> Pattern.compile(Pattern.quote(n), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)).toList();
      segments.add(new Introduced(s, word, longer));
    }
  }

  /** The brief with each segment's first mention after the headline spelt out. */
  Brief apply(Brief brief) {
    if (segments.isEmpty()) {
      return brief;
    }
    Prose lede = prose(brief.lede());
    List<Prose> takeaways = brief.takeaways().stream().map(this::prose).toList();
    List<Brief.Section> sections = new ArrayList<>();
    for (Brief.Section s : brief.sections()) {
      List<Block> blocks = new ArrayList<>();
      for (Block b : s.blocks()) {
        if (b instanceof Block.Paragraph p) {
          blocks.add(new Block.Paragraph(prose(p.text())));
        } else if (b instanceof Block.Bullets l) {
          blocks.add(new Block.Bullets(l.items().stream().map(this::prose).toList()));
        } else {
          blocks.add(b);
        }
      }
      sections.add(new Brief.Section(s.id(), s.title(), blocks));
    }
    return new Brief(brief.headline(), lede, takeaways, sections, brief.keyFigures());
  }

  private Prose prose(Prose p) {
    List<Prose.Part> parts = new ArrayList<>();
    for (Prose.Part part : p.parts()) {
      parts.add(part instanceof Prose.Text t ? new Prose.Text(expand(t.text())) : part);
    }
    return new Prose(parts);
  }

  /** The text with the first mention of each segment not yet introduced spelt out. */
  private String expand(String text) {
    String out = text;
    for (Introduced i : segments) {
      Segment s = i.segment();
      if (introduced.contains(s.id())) {
        continue;
      }
      Matcher m = i.shortName().matcher(out);
      while (m.find()) {
        if (!inside(i.longer(), out, m.start(), m.end())) {
          out = out.substring(0, m.start()) + s.name() + " (" + s.shortName() + ")" + out.substring(m.end());
          introduced.add(s.id());
          break;
        }
      }
    }
    return out;
  }

  /** Whether [start, end) lies within a mention of one of {@code names}. */
  private static boolean inside(List<Pattern> names, String text, int start, int end) {
    for (Pattern name : names) {
      Matcher m = name.matcher(text);
      while (m.find()) {
        if (m.start() <= start && end <= m.end()) {
          return true;
        }
      }
    }
    return false;
  }
}
