package io.briefs.render;

import freemarker.core.TemplateHTMLOutputModel;

/**
 * A chart as templates show it: inline SVG for the web, an object element for the PDF (drawn by
 * the chart drawer), and the data as a table in both.
 *
 * @param svg trusted markup made by the chart renderer, never from data
 * @param objectType the {@code type} of the PDF's object element
 */
public record ChartView(
    String id,
    String title,
    String description,
    TemplateHTMLOutputModel svg,
    BriefPage.TableView table,
    String objectType) {}
