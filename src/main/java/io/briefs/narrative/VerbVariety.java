package io.briefs.narrative;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * No change verb twice running in a section: "Operating income climbed 12% ... Net income climbed
 * 12%" becomes "... Net income grew 12%". A synonym of the same strength replaces the second of two
 * same verbs in a row; its direction, and so what the consistency gate checks, is unchanged. The
 * verbs are the default wording's; a style file's own verbs are left as written.
 */
final class VerbVariety {
  private static final Map<String, String> SYNONYMS = Map.ofEntries(
      Map.entry("surged", "soared"),
      Map.entry("jumped", "leapt"),
      Map.entry("climbed", "grew"),
      Map.entry("rose", "increased"),
      Map.entry("edged up", "inched up"),
      Map.entry("slipped", "dipped"),
      Map.entry("declined", "decreased"),
      Map.entry("fell", "dropped"),
      Map.entry("tumbled", "sank"),
      Map.entry("plunged", "plummeted"));

  private VerbVariety() {}

  /** The brief with repeated verbs in each section varied. */
  static Brief apply(Brief brief) {
    List<Brief.Section> sections = new ArrayList<>();
    for (Brief.Section s : brief.sections()) {
      String[] last = {null};
      List<Block> blocks = new ArrayList<>();
      for (Block b : s.blocks()) {
        blocks.add(b instanceof Block.Paragraph p ? new Block.Paragraph(vary(p.text(), last)) : b);
      }
      sections.add(new Brief.Section(s.id(), s.title(), blocks));
    }
    return new Brief(brief.headline(), brief.lede(), brief.takeaways(), sections, brief.keyFigures());
  }

  private static Prose vary(Prose p, String[] last) {
    List<Prose.Part> parts = new ArrayList<>();
    for (Prose.Part part : p.parts()) {
      if (part instanceof Prose.Word w && (SYNONYMS.containsKey(w.text()) || SYNONYMS.containsValue(w.text()))) {
        String text = w.text().equals(last[0]) && SYNONYMS.containsKey(w.text()) ? SYNONYMS.get(w.text()) : w.text();
        parts.add(text.equals(w.text()) ? w : new Prose.Word(w.fact(), w.direction(), text, w.rule()));
        last[0] = text;
      } else {
        parts.add(part);
      }
    }
    return new Prose(parts);
  }
}
