package io.briefs.render;

import java.util.List;

/**
 * How the briefs are made: every derived metric from the catalog and the wording rules of the
 * build's style, so the page says what the code does.
 *
 * @param styleFile where the wording rules came from, in words (never a path of the build machine)
 * @param changes the verbs for changes, a row per threshold
 * @param flat the sentence saying when a change reads as flat
 * @param newsworthy the thresholds for records, streaks and surprises
 * @param weights how facts compete for the headline
 * @param leads how the best-scoring facts make the headline and the lede
 */
public record MethodologyPage(
    String lang,
    String title,
    String description,
    List<MetricView> metrics,
    String styleFile,
    BriefPage.TableView changes,
    String flat,
    List<RuleView> newsworthy,
    BriefPage.TableView weights,
    String leads,
    String root,
    PageMeta meta,
    Nav nav) {

  /** Copies the lists. */
  public MethodologyPage {
    metrics = List.copyOf(metrics);
    newsworthy = List.copyOf(newsworthy);
  }

  /** A derived metric: an anchor id, its name, definition and formula. */
  public record MetricView(String anchor, String id, String name, String definition, String formula) {}

  /** A rule: what it decides and its value in words. */
  public record RuleView(String rule, String value) {}
}
