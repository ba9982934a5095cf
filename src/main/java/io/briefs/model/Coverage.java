package io.briefs.model;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What surrounds the numbers of a release: expectations, the market's reaction, brokers,
 * holders, quotes, risks, commentary and sources. Every part is optional.
 *
 * @param consensus may be null
 * @param market may be null
 * @param commentary editorial Markdown, or null
 * @param commentaryLoc where the commentary text starts, or null
 */
public record Coverage(
    @Nullable Consensus consensus,
    @Nullable Market market,
    List<AnalystAction> analysts,
    List<HolderChange> holders,
    List<Quote> quotes,
    List<String> risks,
    @Nullable String commentary,
    @Nullable SourceLoc commentaryLoc,
    List<SourceLink> sources) {

  /** Copies the lists. */
  public Coverage {
    analysts = List.copyOf(analysts);
    holders = List.copyOf(holders);
    quotes = List.copyOf(quotes);
    risks = List.copyOf(risks);
    sources = List.copyOf(sources);
  }

  /** Nothing disclosed. */
  public static Coverage none() {
    return new Coverage(null, null, List.of(), List.of(), List.of(), List.of(), null, null, List.of());
  }
}
