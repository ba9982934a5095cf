package io.briefs.generated;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;

/**
 * Editorial commentary as an editor writes it: plain words, Markdown, figures of the brief quoted
 * at a writer's precision ("$23.4 billion", "-$5.0 million", "$1.37"), or an amount that names no
 * figure of the brief (a warning, printed as written).
 */
final class Commentary {
  private static final Map<String, String> SYMBOLS = Map.of("USD", "$", "EUR", "€", "GBP", "£", "JPY", "¥",
      "CAD", "C$", "INR", "₹", "KRW", "₩", "CNY", "CN¥");

  private Commentary() {}

  static String of(Plan.Commentary c, Plan.Company plan, Materials.Draft d) {
    String symbol = SYMBOLS.getOrDefault(plan.identity().currency(), plan.identity().currency() + " ");
    return switch (c.kind()) {
      case PLAIN -> c.subject() + " had a quarter worth reading about.\n\nMore in the next brief.\n";
      case MARKDOWN -> "## " + c.subject() + "\n\n*Solid* demand, **steady** prices.\n\n- one point\n- another"
          + " point\n\n[The release](https://example.com/release) and [the call](mailto:ir@example.com).\n";
      case UNNAMED_FIGURE -> "The board approved a buyback of " + symbol + "40 million.\n";
      case FIGURES -> figures(d, symbol);
    };
  }

  private static String figures(Materials.Draft d, String symbol) {
    StringBuilder sb = new StringBuilder();
    Map<String, Written.Fig> r = d.figures().results();
    sb.append("The quarter brought revenue of ").append(money(d, r.get("revenue"), symbol)).append(".");
    BigDecimal stated = r.get("revenue").statedPct();
    if (stated != null) {
      sb.append(" Revenue was ").append(stated.signum() < 0 ? "down " : "up ").append(stated.abs().toPlainString())
          .append("% from a year earlier.");
    }
    if (r.containsKey("operating_income")) {
      sb.append(" Operating income was ").append(money(d, r.get("operating_income"), symbol)).append(".");
    }
    if (r.containsKey("eps")) {
      BigDecimal eps = r.get("eps").value();
      sb.append("\nDiluted EPS came to ").append(eps.signum() < 0 ? "-" : "").append(symbol)
          .append(eps.abs().setScale(2, RoundingMode.HALF_UP).toPlainString()).append(".");
    }
    return sb.append("\n").toString();
  }

  /** Money to one decimal in millions, billions or trillions, or whole below a million. */
  private static String money(Materials.Draft d, Written.Fig fig, String symbol) {
    BigDecimal v = d.writing().inCurrency(fig.value());
    String sign = v.signum() < 0 ? "-" : "";
    BigDecimal abs = v.abs();
    String[] words = {" trillion", " billion", " million"};
    int[] exponents = {12, 9, 6};
    for (int k = 0; k < words.length; k++) {
      if (abs.compareTo(BigDecimal.ONE.scaleByPowerOfTen(exponents[k])) >= 0) {
        return sign + symbol + abs.movePointLeft(exponents[k]).setScale(1, RoundingMode.HALF_UP).toPlainString()
            + words[k];
      }
    }
    return sign + symbol + String.format(java.util.Locale.ROOT, "%,d", abs.setScale(0, RoundingMode.HALF_UP)
        .toBigInteger());
  }
}
