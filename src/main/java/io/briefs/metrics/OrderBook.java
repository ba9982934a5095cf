package io.briefs.metrics;

import io.briefs.model.FiscalYear;
import org.jspecify.annotations.Nullable;

/**
 * How orders, shipments and backlog of one family of KPIs relate (the AI server business).
 *
 * @param bookToBill orders divided by shipments in the quarter; above 1 the backlog grows
 * @param coverage backlog divided by the quarter's shipments: quarters of shipments on order
 * @param lastYear the fiscal year before the brief's
 * @param lastYearShipments the shipments of all of {@code lastYear}, when every quarter of it is
 *     known: a quarter's orders read against a whole year of shipments
 * @param shipmentsGuided whether the company guides its shipments for a period still ahead (in
 *     this release or an earlier one): then its own pace, not this quarter's, is the one to read
 *     the backlog against, and a coverage ratio at this quarter's pace would contradict it
 */
public record OrderBook(String ordersKpi, String shipmentsKpi, String backlogKpi, @Nullable Fact bookToBill,
    @Nullable Fact coverage, FiscalYear lastYear, @Nullable Fact lastYearShipments, boolean shipmentsGuided) {}
