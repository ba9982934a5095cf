package io.briefs.load;

import java.util.Collection;
import java.util.Locale;

/** Finds the valid name nearest to a misspelt one, for "did you mean" hints. */
final class Suggest {
  private Suggest() {}

  /**
   * The candidate closest to {@code wrong} by edit distance, or null when none is close enough to
   * be a plausible typo (at most a third of the longer name's length, and at most 3 edits).
   */
  static String nearest(String wrong, Collection<String> candidates) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    String w = wrong.toLowerCase(Locale.ROOT);
    for (String candidate : candidates.stream().sorted().toList()) {
      int d = distance(w, candidate.toLowerCase(Locale.ROOT));
      int limit = Math.min(3, Math.max(1, Math.max(w.length(), candidate.length()) / 3));
      if (d <= limit && d < bestDistance) {
        best = candidate;
        bestDistance = d;
      }
    }
    return best;
  }

  /** A "; did you mean `x`?" suffix, or an empty string. */
  static String hint(String wrong, Collection<String> candidates) {
    String near = nearest(wrong, candidates);
    return near == null ? "" : "; did you mean `" + near + "`?";
  }

  /** Optimal string alignment distance: insertions, deletions, substitutions, transpositions. */
  static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }
}
