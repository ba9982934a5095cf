package io.briefs.narrative;

import io.briefs.metrics.Fact;
import java.util.ArrayList;
import java.util.List;

/**
 * A sentence or paragraph of a brief, kept as parts so every number and every direction word
 * stays tied to the fact it comes from: the fact ledger and the consistency gate read the parts,
 * readers see {@link #text()}.
 */
public record Prose(List<Prose.Part> parts) {

  /** A piece of prose. */
  public sealed interface Part permits Text, Num, Word {
    /** The text the reader sees. */
    String text();
  }

  /** Plain words. */
  public record Text(String text) implements Part {}

  /** A number shown for a fact, and how it was formatted. */
  public record Num(Fact fact, DisplayForm shown, String text) implements Part {}

  /**
   * A word that tells the direction of a fact's change ("climbed", "fell"), and the rule that
   * says when that change reads as flat; the consistency gate judges the word by the same rule.
   */
  public record Word(Fact fact, Direction direction, String text, FlatRule rule) implements Part {}

  /** Copies the list. */
  public Prose {
    parts = List.copyOf(parts);
  }

  /** The prose as the reader sees it. */
  public String text() {
    StringBuilder sb = new StringBuilder();
    parts.forEach(p -> sb.append(p.text()));
    return sb.toString();
  }

  /** The numbers shown in this prose. */
  public List<Num> numbers() {
    return parts.stream().filter(Num.class::isInstance).map(Num.class::cast).toList();
  }

  /** The direction words in this prose. */
  public List<Word> words() {
    return parts.stream().filter(Word.class::isInstance).map(Word.class::cast).toList();
  }

  /** Whether there is nothing to say. */
  public boolean isEmpty() {
    return parts.isEmpty();
  }

  @Override
  public String toString() {
    return text();
  }

  /** Builds prose part by part. */
  public static final class Builder {
    private final List<Part> parts = new ArrayList<>();
    private final Numbers numbers;

    /** A builder formatting money with {@code numbers}. */
    public Builder(Numbers numbers) {
      this.numbers = numbers;
    }

    /** Appends plain words. */
    public Builder text(String text) {
      if (!text.isEmpty()) {
        parts.add(new Text(text));
      }
      return this;
    }

    /**
     * Appends a fact's value in the given form; "about" before a value that rests on a figure the
     * company gave as an approximation.
     */
    public Builder num(Fact fact, DisplayForm shown) {
      if (fact.approximate()) {
        parts.add(new Text("about "));
      }
      parts.add(new Num(fact, shown, shown.format(fact.value(), numbers)));
      return this;
    }

    /** Appends a number whose text was written elsewhere (commentary) and checked against its fact. */
    public Builder num(Fact fact, DisplayForm shown, String text) {
      parts.add(new Num(fact, shown, text));
      return this;
    }

    /** Appends a direction word for a fact, chosen by {@code rule}. */
    public Builder word(Fact fact, Direction direction, String text, FlatRule rule) {
      parts.add(new Word(fact, direction, text, rule));
      return this;
    }

    /** Appends all parts of other prose. */
    public Builder append(Prose other) {
      parts.addAll(other.parts());
      return this;
    }

    /** Whether nothing was appended. */
    public boolean isEmpty() {
      return parts.isEmpty();
    }

    /** The prose built so far. */
    public Prose build() {
      return new Prose(parts);
    }
  }
}
