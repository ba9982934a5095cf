package io.briefs.narrative;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NumbersTest {
  private final Numbers usd = new Numbers("USD");

  /** Values are written as in a dataset (millions) so the written precision is realistic. */
  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      10317    | $10.3 billion
      998      | $998 million
      23378    | $23.4 billion
      999.96   | $1.0 billion
      999.4    | $999 million
      9.96     | $10 million
      9.94     | $9.9 million
      103000   | $103 billion
      111700   | $111.7 billion
      999960   | $1.0 trillion
      0.5      | $0.5 million
      -1165    | -$1.2 billion
      0        | $0
      """)
  void moneyReadsLikeAFinancialWriter(String millions, String expected) {
    assertThat(usd.money(new BigDecimal(millions).scaleByPowerOfTen(6))).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      43    | $43 billion
      7.6   | $7.6 billion
      0.7   | $0.7 billion
      1     | $1 billion
      """)
  void neverShowsMorePrecisionThanWritten(String billions, String expected) {
    assertThat(usd.money(new BigDecimal(billions).scaleByPowerOfTen(9))).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      512000   | $512,000
      950      | $950
      999999.6 | $1.0 million
      """)
  void smallAmountsWrittenInUnits(String units, String expected) {
    assertThat(usd.money(new BigDecimal(units))).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      2.25     | $2.25
      1.375    | $1.38
      -0.005   | -$0.01
      113.63   | $113.63
      """)
  void perShareAlwaysHasCents(String value, String expected) {
    assertThat(usd.perShare(new BigDecimal(value))).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      11.81   | 12%
      -19.3   | 19%
      0.45    | 0.5%
      12.5    | 13%
      -12.5   | 13%
      1234.4  | 1,234%
      """)
  void growthIsWholePercentRoundedHalfAwayFromZero(String pct, String expected) {
    assertThat(Numbers.growth(new BigDecimal(pct))).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      9.673   | 9.7%
      9.65    | 9.7%
      -1.25   | -1.3%
      """)
  void marginsHaveOneDecimal(String pct, String expected) {
    assertThat(Numbers.percent1(new BigDecimal(pct))).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      170.4  | 170 basis points
      -127.5 | 128 basis points
      1      | 1 basis point
      """)
  void basisPoints(String bps, String expected) {
    assertThat(Numbers.basisPoints(new BigDecimal(bps))).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      10317   | $10.3B
      998     | $998M
      8000    | $8B
      """)
  void shortMoneyForAxes(String millions, String expected) {
    assertThat(usd.moneyShort(new BigDecimal(millions).scaleByPowerOfTen(6).stripTrailingZeros())).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      EUR | €10.3 billion
      SEK | SEK 10.3 billion
      """)
  void otherCurrencies(String currency, String expected) {
    assertThat(new Numbers(currency).money(new BigDecimal("10317").scaleByPowerOfTen(6))).isEqualTo(expected);
  }
}
