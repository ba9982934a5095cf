package io.briefs.narrative;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads headlines as an editor compares them, independently of how they are written: their verbs
 * and their shape (the numbers, verbs and linking words, with the names left out).
 */
final class Headlines {
  /** Verb stems a headline may use, each with its inflected forms folded onto it. */
  private static final Set<String> VERBS = Set.of("surge", "soar", "leap", "jump", "climb", "grow", "rise", "gain",
      "edge", "inch", "tick", "plunge", "sink", "tumble", "drop", "fall", "decline", "dip", "ease", "slip", "beat",
      "top", "miss", "raise", "lift", "hit", "reach", "cut", "forecast", "narrow", "widen", "swing", "hold", "return",
      "expect", "reaffirm", "withdraw", "give", "turn");
  private static final Set<String> LINKS = Set.of("as", "while", "even", "despite", "after", "but", "and", "to", "from",
      "in", "on", "below", "above", "record", "estimates", "hours");

  private Headlines() {}

  /** The first verb used twice in a headline, or null. */
  static String repeatedVerb(String headline) {
    Map<String, Integer> seen = new HashMap<>();
    for (String word : words(headline)) {
      String stem = stem(word);
      if (stem != null && seen.merge(stem, 1, Integer::sum) > 1) {
        return stem;
      }
    }
    return null;
  }

  /** "V:hit N while V:miss estimates": what two headlines share when only their subjects differ. */
  static String shape(String headline) {
    List<String> out = new ArrayList<>();
    for (String word : words(headline)) {
      String stem = stem(word);
      if (word.matches("[$\\-\u2212+]?[0-9][0-9.,]*%?")) {
        out.add("N");
      } else if (stem != null) {
        out.add("V:" + stem);
      } else if (LINKS.contains(word)) {
        out.add(word);
      }
    }
    return String.join(" ", out);
  }

  private static List<String> words(String headline) {
    List<String> out = new ArrayList<>();
    for (String w : headline.toLowerCase(Locale.ROOT).split("\\s+")) {
      String word = w.replaceAll("^[^$\\-\u2212+0-9a-z]+|[^%0-9a-z]+$", "");
      if (!word.isEmpty()) {
        out.add(word);
      }
    }
    return out;
  }

  /** The verb stem of a word ("hits" and "hit" give "hit"), or null when it is not a verb. */
  private static String stem(String word) {
    for (String candidate : java.util.Arrays.asList(word, strip(word, "es"), strip(word, "s"), strip(word, "ed"),
        strip(word, "d"))) {
      if (candidate != null && VERBS.contains(candidate)) {
        return candidate;
      }
    }
    return null;
  }

  private static String strip(String word, String suffix) {
    return word.endsWith(suffix) && word.length() > suffix.length() ? word.substring(0, word.length() - suffix.length())
        : null;
  }
}
