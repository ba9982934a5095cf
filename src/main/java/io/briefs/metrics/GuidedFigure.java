package io.briefs.metrics;

import io.briefs.model.FigurePath;
import io.briefs.model.FiscalQuarter;
import io.briefs.model.GuidanceStatus;
import io.briefs.model.PeriodRef;

/**
 * One guided figure of a release with what can be derived from it.
 *
 * @param current the guidance of this release; null when it was withdrawn
 * @param impliedGrowth growth of the midpoint over the same period a year earlier, in percent: as
 *     the company states it when it does, otherwise computed
 * @param computedGrowth the growth computed from the year-earlier figure, when known (it checks a
 *     stated one)
 * @param yearEarlier the year-earlier actual {@code computedGrowth} is computed from, or null
 * @param status what happened to this guidance; null when it cannot be known
 * @param previous the guidance given earlier for the same period, or null
 * @param previousFrom the quarter whose release gave {@code previous}
 * @param change the move of the range's centre against {@code previous}, or null
 */
public record GuidedFigure(
    PeriodRef period,
    FigurePath path,
    RangeFacts current,
    Fact impliedGrowth,
    Fact computedGrowth,
    Fact yearEarlier,
    GuidanceStatus status,
    boolean statusStated,
    RangeFacts previous,
    FiscalQuarter previousFrom,
    Fact change) {}
