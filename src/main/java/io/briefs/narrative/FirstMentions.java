package io.briefs.narrative;

import io.briefs.model.Company;
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
  private final List<Segment> segments;
  private final Set<String> introduced = new HashSet<>();
  /** Names a short name may sit inside, never to be expanded there ("Acme" in "Acme Retail's"). */
  private final List<String> longer = new ArrayList<>();

  FirstMentions(Company company) {
    this.segments = company.segments().stream().filter(s -> !s.shortName().equals(s.name())).toList();
    longer.add(company.name());
    longer.add(company.shortName());
    company.segments().forEach(s -> longer.add(s.name()));
    company.kpis().forEach(k -> longer.add(k.name()));
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
    for (Segment s : segments) {
      if (introduced.contains(s.id())) {
        continue;
      }
      // a possessive ("ISG's") is left short: "Infrastructure Solutions Group's (ISG)" reads badly
      Matcher m = Pattern.compile("\\b" + Pattern.quote(s.shortName()) + "\\b(?!['\u2019])").matcher(out);
      while (m.find()) {
        if (!insideALongerName(out, m.start(), m.end(), s.shortName())) {
          out = out.substring(0, m.start()) + s.name() + " (" + s.shortName() + ")" + out.substring(m.end());
          introduced.add(s.id());
          break;
        }
      }
    }
    return out;
  }

  /** Whether [start, end) lies within a mention of a longer name that holds the short name. */
  private boolean insideALongerName(String text, int start, int end, String shortName) {
    for (String name : longer) {
      if (name == null || name.length() <= shortName.length() || !name.contains(shortName)) {
        continue;
      }
      // as written or mid-sentence ("labs Works 100%" for the KPI "Labs Works 100%")
      Matcher m = Pattern.compile(Pattern.quote(name), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(text);
      while (m.find()) {
        if (m.start() <= start && end <= m.end()) {
          return true;
        }
      }
    }
    return false;
  }
}
