package io.briefs.pipeline;

import io.briefs.build.Timings;
import io.briefs.chart.ChartTheme;
import io.briefs.narrative.Style;
import io.briefs.render.Fonts;
import io.briefs.render.PdfRenderer;
import io.briefs.render.SiteInfo;
import io.briefs.render.Templates;

/**
 * What every brief is made with: immutable or thread-safe, made once per build and shared by
 * every worker.
 */
record RenderKit(BuildOptions options, Style style, Templates templates, Fonts fonts, ChartTheme theme,
    PdfRenderer pdf, SiteInfo info, Timings timings) {}
