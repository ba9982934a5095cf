package io.briefs.narrative;

/** Small numbers in words, as a writer spells them: "five quarters", "the fifth straight quarter". */
final class NumberWords {
  private static final String[] CARDINAL = {"zero", "one", "two", "three", "four", "five", "six", "seven",
      "eight", "nine", "ten"};
  private static final String[] ORDINAL = {"zeroth", "first", "second", "third", "fourth", "fifth", "sixth",
      "seventh", "eighth", "ninth", "tenth"};

  private NumberWords() {}

  /** "five", or "12" above ten. */
  static String cardinal(int n) {
    return n >= 0 && n < CARDINAL.length ? CARDINAL[n] : Integer.toString(n);
  }

  /** "fifth", or "12th" above ten. */
  static String ordinal(int n) {
    if (n >= 0 && n < ORDINAL.length) {
      return ORDINAL[n];
    }
    int mod100 = n % 100;
    String suffix = mod100 >= 11 && mod100 <= 13 ? "th" : switch (n % 10) {
      case 1 -> "st";
      case 2 -> "nd";
      case 3 -> "rd";
      default -> "th";
    };
    return n + suffix;
  }

  /** A span of quarters: "two years" when it is a whole number of years, else "six quarters". */
  static String quarters(int n) {
    if (n % 4 == 0) {
      return n == 4 ? "a year" : cardinal(n / 4) + " years";
    }
    return cardinal(n) + (n == 1 ? " quarter" : " quarters");
  }
}
