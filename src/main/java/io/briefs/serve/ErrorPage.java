package io.briefs.serve;

import io.briefs.diag.Diagnostic;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.DocumentType;
import org.jsoup.nodes.Element;

/**
 * The page shown instead of the site while the latest build failed: every diagnostic, built as a
 * document tree (jsoup) so file names and messages are text, never markup. It does not use the
 * templates, which may be what is broken.
 */
final class ErrorPage {
  private ErrorPage() {}

  /** The page listing {@code errors}. */
  static String html(List<Diagnostic> errors) {
    Document doc = Document.createShell("");
    doc.prependChild(new DocumentType("html", "", ""));
    doc.outputSettings().prettyPrint(true);
    doc.selectFirst("html").attr("lang", "en");
    Element head = doc.head();
    head.appendElement("meta").attr("charset", "utf-8");
    head.appendElement("meta").attr("name", "viewport")
        .attr("content", "width=device-width, initial-scale=1");
    head.appendElement("title").text("Build failed");
    // no icon request: the site's own may be what is missing
    head.appendElement("link").attr("rel", "icon").attr("href", "data:,");
    head.appendElement("style").appendText(
        "body { font-family: system-ui, sans-serif; margin: 2rem auto; max-width: 60rem; padding: 0 1rem;"
            + " line-height: 1.5; color: #1f2328; background: #fff; }"
            + " h1 { color: #b42318; } li { margin: 0.5rem 0; } code { overflow-wrap: anywhere; }"
            + " @media (prefers-color-scheme: dark) { body { color: #e6edf3; background: #0d1117; }"
            + " h1 { color: #ff7b72; } }");
    Element main = doc.body().appendElement("main");
    main.appendElement("h1").text("The build failed");
    main.appendElement("p").text("briefs serve keeps watching the data and templates: fix the problems"
        + " below and this page reloads by itself. The last good site is not shown while the build fails.");
    Element list = main.appendElement("ul");
    for (Diagnostic d : errors) {
      list.appendElement("li").appendElement("code").text(d.format());
    }
    return doc.outerHtml();
  }
}
