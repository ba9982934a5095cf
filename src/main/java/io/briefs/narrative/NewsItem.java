package io.briefs.narrative;

/**
 * One piece of a quarter's news: its kind, whether it is good or bad, its score from the style's
 * weights, what it is about (two items about one subject never both lead), and how it reads as a
 * headline clause and as a takeaway.
 *
 * @param subject what the item is about: {@code market}, {@code consensus.revenue},
 *     {@code results.revenue}, {@code outlook.FY2026}...
 */
record NewsItem(NewsKind kind, Tone tone, double score, String subject, Clause headline, Sentence takeaway) {

  /** How an item reads as a headline clause. */
  @FunctionalInterface
  interface Clause {
    /**
     * Appends the clause; the first clause of a headline names the company, a second one follows
     * a linking word.
     */
    void write(Prose.Builder b, boolean first, HeadlineVerbs verbs);
  }

  /** How an item reads as a takeaway: one sentence, ending with a full stop. */
  @FunctionalInterface
  interface Sentence {
    void write(Prose.Builder b);
  }
}
