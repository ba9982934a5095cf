package io.briefs.narrative;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * The wording rules of briefs: which verb a change takes. Verbs are chosen from the change as it
 * is displayed (rounded), so the words always agree with the number next to them.
 *
 * @param flatWithinPct changes whose size is at most this many percent read as flat
 * @param up verbs for rises, largest threshold first
 * @param down verbs for falls, largest threshold first
 * @param flat the phrase for a flat figure ("was flat", headline "holds steady")
 * @param news what is newsworthy and how the headline and lede pick facts
 */
public record Style(BigDecimal flatWithinPct, List<Tier> up, List<Tier> down, Tier flat, News news) {

  /**
   * A verb for changes whose displayed size is strictly above {@code above} percent, in the past
   * tense for running text and the present tense for headlines.
   */
  public record Tier(BigDecimal above, String verb, String headlineVerb) {}

  /** A chosen verb and the direction it tells the reader. */
  public record Wording(String verb, String headlineVerb, Direction direction) {}

  /** Copies the lists. */
  public Style {
    up = List.copyOf(up);
    down = List.copyOf(down);
  }

  /** The rules used when the templates have no {@code style.yaml}; the shipped file says the same. */
  public static Style defaults() {
    return new Style(
        new BigDecimal("0.5"),
        List.of(tier("50", "surged", "surges"), tier("25", "jumped", "jumps"), tier("10", "climbed", "climbs"),
            tier("2", "rose", "rises"), tier("0", "edged up", "edges up")),
        List.of(tier("50", "plunged", "plunges"), tier("25", "tumbled", "tumbles"), tier("10", "fell", "falls"),
            tier("2", "declined", "declines"), tier("0", "slipped", "slips")),
        tier("0", "was flat", "holds steady"),
        News.defaults());
  }

  private static Tier tier(String above, String verb, String headlineVerb) {
    return new Tier(new BigDecimal(above), verb, headlineVerb);
  }

  /** When a percentage change reads as flat under these rules. */
  public FlatRule.Band band() {
    return new FlatRule.Band(flatWithinPct);
  }

  /** The verb for a change of {@code pct} percent; flat as {@link #band()} says. */
  public Wording verb(BigDecimal pct) {
    if (band().of(pct) == Direction.FLAT) {
      return new Wording(flat.verb(), flat.headlineVerb(), Direction.FLAT);
    }
    BigDecimal shown = displayed(pct.abs());
    List<Tier> tiers = pct.signum() > 0 ? up : down;
    Direction direction = pct.signum() > 0 ? Direction.UP : Direction.DOWN;
    for (Tier t : tiers) {
      if (shown.compareTo(t.above()) > 0) {
        return new Wording(t.verb(), t.headlineVerb(), direction);
      }
    }
    Tier last = tiers.get(tiers.size() - 1);
    return new Wording(last.verb(), last.headlineVerb(), direction);
  }

  /** The size of a change as {@link Numbers#growth} shows it. */
  static BigDecimal displayed(BigDecimal abs) {
    int places = abs.compareTo(BigDecimal.ONE) < 0 ? 1 : 0;
    return abs.setScale(places, RoundingMode.HALF_UP);
  }
}
