package io.briefs;

import io.briefs.build.Timings;
import io.briefs.chart.ChartTheme;
import io.briefs.diag.Diagnostic;
import io.briefs.narrative.Style;
import io.briefs.render.Fonts;
import io.briefs.render.PdfRenderer;
import io.briefs.render.SiteInfo;
import io.briefs.render.Templates;
import java.util.List;

/** What every brief is made with: shared and immutable (or thread-safe), built once per build. */
record Resources(BuildOptions options, Style style, Templates templates, Fonts fonts, ChartTheme theme,
    PdfRenderer pdf, SiteInfo info, Timings timings, List<Diagnostic> warnings) {}
