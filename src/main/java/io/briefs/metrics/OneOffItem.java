package io.briefs.metrics;

import io.briefs.model.OneOff;

/** A one-off item of the quarter with its amount as a fact (its formula names the source, if given). */
public record OneOffItem(OneOff item, Fact amount) {}
