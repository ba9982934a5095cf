package io.briefs.narrative;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The verbs of one headline, so that none is used twice ("falls below its range as shares fall"):
 * a verb already taken, in any of its forms, gives way to a synonym of the same strength, in the
 * form asked for ("falls" gives "drops", "fall" gives "drop").
 */
final class HeadlineVerbs {
  /** Synonyms by the verb's plain form (the form after "they"). */
  private static final Map<String, List<String>> SYNONYMS = Map.ofEntries(
      Map.entry("surge", List.of("soar", "leap")),
      Map.entry("jump", List.of("leap", "climb")),
      Map.entry("climb", List.of("grow", "rise")),
      Map.entry("rise", List.of("grow", "gain")),
      Map.entry("edge up", List.of("inch up", "tick up")),
      Map.entry("plunge", List.of("sink", "tumble")),
      Map.entry("sink", List.of("tumble", "drop")),
      Map.entry("tumble", List.of("sink", "drop")),
      Map.entry("fall", List.of("drop", "decline")),
      Map.entry("decline", List.of("dip", "ease")),
      Map.entry("slip", List.of("dip", "ease")),
      Map.entry("beat", List.of("top")),
      Map.entry("top", List.of("beat", "exceed")),
      Map.entry("miss", List.of("fall short of")),
      Map.entry("raise", List.of("lift")),
      Map.entry("hit", List.of("reach")));

  private final Set<String> used = new HashSet<>();

  /** {@code verb}, or a synonym of it when it is taken already; the one returned is then taken. */
  String take(String verb) {
    String plain = plain(verb);
    if (used.add(first(plain))) {
      return verb;
    }
    boolean third = !plain.equals(verb);
    for (String other : SYNONYMS.getOrDefault(plain, List.of())) {
      if (used.add(first(other))) {
        return third ? thirdPerson(other) : other;
      }
    }
    return verb; // no synonym left: the repeat is allowed rather than a wrong word
  }

  /** "falls below" gives "fall below", "misses" gives "miss", "edges up" gives "edge up". */
  static String plain(String verb) {
    int space = verb.indexOf(' ');
    String head = space < 0 ? verb : verb.substring(0, space);
    String rest = space < 0 ? "" : verb.substring(space);
    String base = head.endsWith("sses") || head.endsWith("ches") || head.endsWith("shes") || head.endsWith("xes")
        ? head.substring(0, head.length() - 2)
        : head.endsWith("s") && !head.endsWith("ss") ? head.substring(0, head.length() - 1) : head;
    return base + rest;
  }

  private static String thirdPerson(String plain) {
    int space = plain.indexOf(' ');
    String head = space < 0 ? plain : plain.substring(0, space);
    String rest = space < 0 ? "" : plain.substring(space);
    boolean es = head.endsWith("s") || head.endsWith("sh") || head.endsWith("ch") || head.endsWith("x");
    return head + (es ? "es" : "s") + rest;
  }

  private static String first(String verb) {
    int space = verb.indexOf(' ');
    return space < 0 ? verb : verb.substring(0, space);
  }
}
