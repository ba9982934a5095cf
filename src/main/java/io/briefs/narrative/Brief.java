package io.briefs.narrative;

import java.util.ArrayList;
import java.util.List;

/**
 * The words of one brief: headline, lede, takeaways, sections and the key-figures table, every
 * number in them tied to its fact.
 */
public record Brief(Prose headline, Prose lede, List<Prose> takeaways, List<Section> sections, Table keyFigures) {

  /** Copies the lists. */
  public Brief {
    takeaways = List.copyOf(takeaways);
    sections = List.copyOf(sections);
  }

  /** A titled part of the brief made of blocks. */
  public record Section(String id, String title, List<Block> blocks) {
    /** Copies the list. */
    public Section {
      blocks = List.copyOf(blocks);
    }

    /** A section of plain paragraphs. */
    public static Section of(String id, String title, List<Prose> paragraphs) {
      return new Section(id, title, paragraphs.stream().map(p -> (Block) new Block.Paragraph(p)).toList());
    }

    /** Every prose of the section's blocks. */
    public List<Prose> prose() {
      return blocks.stream().flatMap(b -> b.prose().stream()).toList();
    }
  }

  /** Every prose of the brief, in reading order: headline, lede, takeaways, sections, table cells. */
  public List<Prose> allProse() {
    List<Prose> all = new ArrayList<>();
    all.add(headline);
    all.add(lede);
    all.addAll(takeaways);
    sections.forEach(s -> all.addAll(s.prose()));
    if (keyFigures != null) {
      keyFigures.rows().forEach(r -> all.addAll(r.cells()));
    }
    return all;
  }
}
