/**
 * Charts: which charts a brief or company page shows ({@link io.briefs.chart.ChartPlanner}), their
 * specifications with every point tied to a fact and a one-sentence finding, and their drawing by
 * JFreeChart as SVG for the web, vector graphics in the PDF and PNG for mail and social cards.
 *
 * <p>May use: {@code metrics}, {@code model}, {@code narrative}.
 * Used by: {@code render}, {@code ledger}, {@code listing}, {@code mail}, {@code pipeline}, {@code cli}.
 */
package io.briefs.chart;
