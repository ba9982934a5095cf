package io.briefs.narrative;

import java.util.ArrayList;
import java.util.List;

/**
 * The words of one brief: headline, lede, sections and the key-figures table, every number in
 * them tied to its fact.
 */
public record Brief(Prose headline, Prose lede, List<Section> sections, Table keyFigures) {

  /** Copies the list. */
  public Brief {
    sections = List.copyOf(sections);
  }

  /** A titled part of the brief. */
  public record Section(String id, String title, List<Prose> paragraphs) {
    /** Copies the list. */
    public Section {
      paragraphs = List.copyOf(paragraphs);
    }
  }

  /** Every prose of the brief, in reading order: headline, lede, sections, table cells. */
  public List<Prose> allProse() {
    List<Prose> all = new ArrayList<>();
    all.add(headline);
    all.add(lede);
    sections.forEach(s -> all.addAll(s.paragraphs()));
    if (keyFigures != null) {
      keyFigures.rows().forEach(r -> all.addAll(r.cells()));
    }
    return all;
  }
}
