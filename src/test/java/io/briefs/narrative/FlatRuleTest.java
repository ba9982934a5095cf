package io.briefs.narrative;

import static org.assertj.core.api.Assertions.assertThat;

import io.briefs.metrics.Fact;
import io.briefs.metrics.FactUnit;
import io.briefs.model.SourceLoc;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One definition of flat, at its boundaries on both sides, for money, counts and percentages. */
class FlatRuleTest {
  private static final Numbers USD = new Numbers("USD");
  private static final SourceLoc AT = new SourceLoc("acme/fy2024-q3.yaml", 7, 12);

  private static Fact fact(String value, FactUnit unit) {
    return Fact.reported("x", new BigDecimal(value), unit, AT);
  }

  private static Direction between(String from, String to, FactUnit unit, DisplayForm shown) {
    BigDecimal change = new BigDecimal(to).subtract(new BigDecimal(from));
    return new FlatRule.Between(fact(from, unit), shown, USD).of(change);
  }

  @Test
  void moneyThatReadsTheSameIsFlatAndMoneyThatReadsDifferentlyIsNot() {
    // $10.922 billion and $10.900 billion both read "$10.9 billion": the failing build
    assertThat(between("10922E6", "10900E6", FactUnit.MONEY, DisplayForm.MONEY)).isEqualTo(Direction.FLAT);
    // $10.949.. and $10.950 straddle the rounding of the last shown digit
    assertThat(between("10949999999", "10950000000", FactUnit.MONEY, DisplayForm.MONEY)).isEqualTo(Direction.UP);
    assertThat(between("10950000000", "10949999999", FactUnit.MONEY, DisplayForm.MONEY)).isEqualTo(Direction.DOWN);
    assertThat(between("10850000000", "10949999999", FactUnit.MONEY, DisplayForm.MONEY)).isEqualTo(Direction.FLAT);
    // in millions the last shown digit is a million
    assertThat(between("998.4E6", "998.49E6", FactUnit.MONEY, DisplayForm.MONEY)).isEqualTo(Direction.FLAT);
    assertThat(between("998.4E6", "998.5E6", FactUnit.MONEY, DisplayForm.MONEY)).isEqualTo(Direction.UP);
  }

  @Test
  void countsAreFlatWhenTheyRoundToTheSameWholeNumber() {
    assertThat(between("1200.4", "1199.5", FactUnit.COUNT, DisplayForm.COUNT)).isEqualTo(Direction.FLAT);
    assertThat(between("1200.4", "1199.4", FactUnit.COUNT, DisplayForm.COUNT)).isEqualTo(Direction.DOWN);
    assertThat(between("1200", "1200", FactUnit.COUNT, DisplayForm.COUNT)).isEqualTo(Direction.FLAT);
    assertThat(between("1200", "1201", FactUnit.COUNT, DisplayForm.COUNT)).isEqualTo(Direction.UP);
  }

  @Test
  void percentagePointsAreFlatWhenTheyReadTheSame() {
    assertThat(between("9.74", "9.65", FactUnit.PERCENT, DisplayForm.PERCENT1)).isEqualTo(Direction.FLAT);
    assertThat(between("9.74", "9.75", FactUnit.PERCENT, DisplayForm.PERCENT1)).isEqualTo(Direction.UP);
  }

  @Test
  void aPercentageChangeIsFlatWithinTheBandInclusiveAndMovesJustOutsideIt() {
    FlatRule.Band band = new FlatRule.Band(new BigDecimal("0.5"));
    assertThat(band.of(new BigDecimal("0.5"))).isEqualTo(Direction.FLAT);
    assertThat(band.of(new BigDecimal("-0.5"))).isEqualTo(Direction.FLAT);
    assertThat(band.of(new BigDecimal("0.5000001"))).isEqualTo(Direction.UP);
    assertThat(band.of(new BigDecimal("-0.5000001"))).isEqualTo(Direction.DOWN);
  }

  @Test
  void withNoBandAPercentageChangeIsFlatOnlyWhenItShowsAsZero() {
    FlatRule.Band none = new FlatRule.Band(BigDecimal.ZERO);
    assertThat(none.of(new BigDecimal("0.049"))).isEqualTo(Direction.FLAT); // reads "0.0%"
    assertThat(none.of(new BigDecimal("-0.049"))).isEqualTo(Direction.FLAT);
    assertThat(none.of(new BigDecimal("0.05"))).isEqualTo(Direction.UP); // reads "0.1%"
  }

  @Test
  void theSignRuleIsFlatOnlyAtZero() {
    assertThat(FlatRule.SIGN.of(new BigDecimal("0.0000001"))).isEqualTo(Direction.UP);
    assertThat(FlatRule.SIGN.of(new BigDecimal("-0.0000001"))).isEqualTo(Direction.DOWN);
    assertThat(FlatRule.SIGN.of(BigDecimal.ZERO)).isEqualTo(Direction.FLAT);
  }

  @Test
  void theStylesVerbsFollowTheBand() {
    Style style = Style.defaults();
    assertThat(style.verb(new BigDecimal("0.5")).direction()).isEqualTo(Direction.FLAT);
    assertThat(style.verb(new BigDecimal("0.51")).direction()).isEqualTo(Direction.UP);
    assertThat(style.verb(new BigDecimal("-0.51")).direction()).isEqualTo(Direction.DOWN);
  }

  @Test
  void aFlatWordIsJudgedByItsOwnRule() {
    Fact from = fact("10922E6", FactUnit.MONEY);
    Fact change = new Fact("change", new BigDecimal("-22E6"), FactUnit.MONEY, "10900000000 - 10922000000",
        List.of(AT));
    Prose p = new Prose.Builder(USD).word(change, Direction.FLAT, "little changed",
        new FlatRule.Between(from, DisplayForm.MONEY, USD)).build();
    assertThat(p.words().get(0).rule().of(change.value())).isEqualTo(p.words().get(0).direction());
  }
}
