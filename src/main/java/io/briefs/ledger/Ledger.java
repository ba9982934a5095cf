package io.briefs.ledger;

import java.util.List;

/**
 * Every number a brief shows, tied to the fact it comes from: the brief's {@code data.json}.
 *
 * @param facts each fact once, in the order first shown
 * @param shown each displayed number, in reading order
 */
public record Ledger(String company, String period, String reported, List<FactEntry> facts, List<ShownEntry> shown) {

  /** Copies the lists. */
  public Ledger {
    facts = List.copyOf(facts);
    shown = List.copyOf(shown);
  }

  /**
   * A fact: its id, exact value (plain decimal), unit, formula and the places its inputs were
   * written ({@code company/file.yaml:line:column}, relative to the data folder).
   */
  public record FactEntry(String id, String value, String unit, String formula, List<String> inputs) {
    /** Copies the list. */
    public FactEntry {
      inputs = List.copyOf(inputs);
    }
  }

  /**
   * A number as displayed.
   *
   * @param where the part of the brief: {@code headline}, {@code lede}, {@code section:<id>},
   *     {@code table:<caption>}, {@code chart:<id>}
   */
  public record ShownEntry(String text, String fact, String where) {}
}
