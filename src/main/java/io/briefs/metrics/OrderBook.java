package io.briefs.metrics;

/**
 * How orders, shipments and backlog of one family of KPIs relate (the AI server business).
 *
 * @param bookToBill orders divided by shipments in the quarter; above 1 the backlog grows
 * @param coverage backlog divided by the quarter's shipments: quarters of shipments on order
 */
public record OrderBook(String ordersKpi, String shipmentsKpi, String backlogKpi, Fact bookToBill, Fact coverage) {}
