package io.briefs.metrics;

import io.briefs.model.FigurePath;
import io.briefs.model.FiscalQuarter;
import io.briefs.model.GuidanceEvent;
import io.briefs.model.GuidanceStatus;
import io.briefs.model.PeriodRef;
import org.jspecify.annotations.Nullable;

/**
 * One guided figure of a release with what can be derived from it.
 *
 * @param current the guidance of this release as amounts; null when it was withdrawn, or when it
 *     was given as growth that cannot be resolved (the year-earlier figure is not in the data)
 * @param impliedGrowth growth of the midpoint over the same period a year earlier, in percent: as
 *     the company states it when it does, otherwise computed
 * @param computedGrowth the growth computed from the year-earlier figure, when known (it checks a
 *     stated one)
 * @param yearEarlier the year-earlier actual {@code computedGrowth} is computed from, or null
 * @param status what happened to this guidance; null when it cannot be known
 * @param previous the guidance given earlier for the same period as amounts, or null
 * @param previousFrom the quarter whose release gave {@code previous}; null when an event gave it
 * @param change the move of the range's centre against {@code previous}, or null
 * @param growth the guidance as the company gave it when it gave growth ({@code growth_pct}), in
 *     percent; {@code current} is then that growth applied to {@code base}
 * @param base the year-earlier figure the growth applies to, or null
 * @param previousGrowth the earlier guidance when it was given as growth, or null
 * @param previousEvent the event that gave the earlier guidance, or null when a release gave it
 */
public record GuidedFigure(
    PeriodRef period,
    FigurePath path,
    @Nullable RangeFacts current,
    @Nullable Fact impliedGrowth,
    @Nullable Fact computedGrowth,
    @Nullable Fact yearEarlier,
    @Nullable GuidanceStatus status,
    boolean statusStated,
    @Nullable RangeFacts previous,
    @Nullable FiscalQuarter previousFrom,
    @Nullable Fact change,
    @Nullable RangeFacts growth,
    @Nullable Fact base,
    @Nullable RangeFacts previousGrowth,
    @Nullable GuidanceEvent previousEvent) {
}
