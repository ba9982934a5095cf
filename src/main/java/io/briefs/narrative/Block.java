package io.briefs.narrative;

import java.util.List;

/** A piece of a section: a paragraph, a bulleted list, a quotation, or editorial markup. */
public sealed interface Block permits Block.Paragraph, Block.Bullets, Block.Quotation, Block.Markup {

  /** The prose of the block, for the ledger and the consistency gate. */
  List<Prose> prose();

  /** A paragraph. */
  record Paragraph(Prose text) implements Block {
    @Override
    public List<Prose> prose() {
      return List.of(text);
    }
  }

  /** A bulleted list. */
  record Bullets(List<Prose> items) implements Block {
    /** Copies the list. */
    public Bullets {
      items = List.copyOf(items);
    }

    @Override
    public List<Prose> prose() {
      return items;
    }
  }

  /** Quoted words and who said them. */
  record Quotation(Prose text, String attribution) implements Block {
    @Override
    public List<Prose> prose() {
      return List.of(text);
    }
  }

  /**
   * Editorial Markdown rendered to HTML with raw HTML escaped and links restricted. Numbers in
   * it were checked against the metrics; {@code numbers} holds each one tied to its fact.
   */
  record Markup(String html, Prose numbers) implements Block {
    @Override
    public List<Prose> prose() {
      return List.of(numbers);
    }
  }
}
