package io.briefs.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The theme's colours meet WCAG AA and stay apart for readers with colour-vision deficiency. */
class ChartThemeTest {
  private static final ChartTheme THEME = ChartTheme.standard();

  @Test
  void contrastFormulaMatchesWcagReferenceValues() {
    assertThat(Contrast.ratio(Color.BLACK, Color.WHITE)).isCloseTo(21.0, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(Contrast.ratio(Color.WHITE, Color.WHITE)).isEqualTo(1.0);
    // #767676 on white is the classic smallest AA grey: 4.54
    assertThat(Contrast.ratio(new Color(0x767676), Color.WHITE)).isBetween(4.53, 4.55);
    assertThat(Contrast.ratio(new Color(0x777777), Color.WHITE)).isLessThan(Contrast.TEXT_AA);
  }

  @Test
  void textMeetsAaOnTheBackground() {
    assertThat(Contrast.ratio(THEME.text(), THEME.background())).isGreaterThanOrEqualTo(Contrast.TEXT_AA);
  }

  @Test
  void everySeriesColourStandsOutFromTheBackground() {
    for (Color c : THEME.palette()) {
      assertThat(Contrast.ratio(c, THEME.background())).as(hex(c)).isGreaterThanOrEqualTo(Contrast.GRAPHIC_AA);
    }
  }

  @Test
  void labelsInsideBarsMeetAaOnEverySeriesColour() {
    for (int i = 0; i < THEME.palette().size(); i++) {
      assertThat(Contrast.ratio(THEME.textOn(i), THEME.color(i))).as(hex(THEME.color(i)))
          .isGreaterThanOrEqualTo(Contrast.TEXT_AA);
    }
  }

  /** Simulated colour-vision deficiencies (Machado, Oliveira and Fernandes 2009, full severity). */
  enum Deficiency {
    PROTANOPIA(new double[][] {{0.152286, 1.052583, -0.204868}, {0.114503, 0.786281, 0.099216},
        {-0.003882, -0.048116, 1.051998}}),
    DEUTERANOPIA(new double[][] {{0.367322, 0.860646, -0.227968}, {0.280085, 0.672501, 0.047413},
        {-0.011820, 0.042940, 0.968881}}),
    TRITANOPIA(new double[][] {{1.255528, -0.076749, -0.178779}, {-0.078411, 0.930809, 0.147602},
        {0.004733, 0.691367, 0.303900}}),
    NONE(new double[][] {{1, 0, 0}, {0, 1, 0}, {0, 0, 1}});

    final double[][] matrix;

    Deficiency(double[][] matrix) {
      this.matrix = matrix;
    }
  }

  /** Every pair of series colours stays at least 15 CIE76 units apart under each deficiency. */
  @ParameterizedTest
  @EnumSource(Deficiency.class)
  void paletteStaysDistinguishable(Deficiency d) {
    List<Color> palette = THEME.palette();
    for (int i = 0; i < palette.size(); i++) {
      for (int j = i + 1; j < palette.size(); j++) {
        double[] a = lab(simulate(palette.get(i), d));
        double[] b = lab(simulate(palette.get(j), d));
        double distance = Math.sqrt(Math.pow(a[0] - b[0], 2) + Math.pow(a[1] - b[1], 2) + Math.pow(a[2] - b[2], 2));
        assertThat(distance).as("%s vs %s under %s", hex(palette.get(i)), hex(palette.get(j)), d)
            .isGreaterThanOrEqualTo(15.0);
      }
    }
  }

  private static double[] simulate(Color c, Deficiency d) {
    double[] rgb = {linear(c.getRed()), linear(c.getGreen()), linear(c.getBlue())};
    double[] out = new double[3];
    for (int i = 0; i < 3; i++) {
      double v = d.matrix[i][0] * rgb[0] + d.matrix[i][1] * rgb[1] + d.matrix[i][2] * rgb[2];
      out[i] = Math.min(1, Math.max(0, v));
    }
    return out;
  }

  private static double linear(int channel) {
    double c = channel / 255.0;
    return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
  }

  /** CIE L*a*b* (D65) of linear sRGB. */
  private static double[] lab(double[] rgb) {
    double x = (0.4124 * rgb[0] + 0.3576 * rgb[1] + 0.1805 * rgb[2]) / 0.95047;
    double y = 0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2];
    double z = (0.0193 * rgb[0] + 0.1192 * rgb[1] + 0.9505 * rgb[2]) / 1.08883;
    double fx = f(x);
    double fy = f(y);
    double fz = f(z);
    return new double[] {116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)};
  }

  private static double f(double t) {
    return t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16.0 / 116;
  }

  private static String hex(Color c) {
    return String.format("#%06X", c.getRGB() & 0xFFFFFF);
  }
}
