package io.briefs.narrative;

import io.briefs.metrics.Fact;
import java.math.BigDecimal;

/**
 * When a change reads as no change. A direction word carries the rule it was chosen by, and the
 * consistency gate judges the word by that same rule, so the words and the gate can never hold
 * two definitions of "flat".
 *
 * <p>Before there was one rule, chart findings called two revenues that both read "$10.9
 * billion" "little changed" while the gate, comparing exact values, refused the sentence: any
 * quarter that moved by less than the displayed precision stopped the whole site.
 */
public sealed interface FlatRule {

  /** Flat only at exactly zero: the sign of a beat, a share move, a holder's trade. */
  FlatRule SIGN = new Sign();

  /** The direction a change of {@code change} reads as under this rule. */
  Direction of(BigDecimal change);

  /** The direction of a signed value, flat only at zero. */
  static Direction sign(BigDecimal value) {
    int s = value.signum();
    return s > 0 ? Direction.UP : s < 0 ? Direction.DOWN : Direction.FLAT;
  }

  /** Flat only at exactly zero. */
  record Sign() implements FlatRule {
    @Override
    public Direction of(BigDecimal change) {
      return sign(change);
    }
  }

  /**
   * A percentage change: flat within {@code pct} percent either way ({@code style.yaml}'s
   * {@code flat_within_pct}), or when it shows as nothing ("0%", "0.0%") as a growth rate.
   */
  record Band(BigDecimal pct) implements FlatRule {
    @Override
    public Direction of(BigDecimal change) {
      if (change.abs().compareTo(pct) <= 0 || readsZero(Numbers.growth(change))) {
        return Direction.FLAT;
      }
      return sign(change);
    }
  }

  /**
   * A change between two figures shown side by side ("rose to $11.0 billion from $10.9
   * billion"): flat when the change the sentence shows, the difference between the two figures
   * as displayed, is zero; that is, when both read the same.
   *
   * @param from the earlier figure
   * @param shown how both figures are displayed
   * @param numbers the formats of the brief's currency
   */
  record Between(Fact from, DisplayForm shown, Numbers numbers) implements FlatRule {
    @Override
    public Direction of(BigDecimal change) {
      BigDecimal to = from.value().add(change);
      if (shown.format(from.value(), numbers).equals(shown.format(to, numbers))) {
        return Direction.FLAT;
      }
      return sign(change);
    }
  }

  /** Whether a displayed number has no digit but zeros ("0%", "$0.0 billion", "-0.0%"). */
  static boolean readsZero(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= '1' && c <= '9') {
        return false;
      }
    }
    return true;
  }
}
