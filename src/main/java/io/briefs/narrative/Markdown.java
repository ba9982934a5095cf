package io.briefs.narrative;

import java.util.Locale;
import java.util.Set;
import org.commonmark.node.Image;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.html.HtmlWriter;
import org.commonmark.renderer.html.UrlSanitizer;

/**
 * Editorial Markdown as safe HTML: raw HTML is escaped (shown as text, never markup), links keep
 * only http, https and mailto addresses, and images become their alt text (a brief never fetches
 * anything). Parser and renderer are immutable and shared.
 */
public final class Markdown {
  private static final Parser PARSER = Parser.builder()
      .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
      .build();
  private static final HtmlRenderer RENDERER = HtmlRenderer.builder()
      .escapeHtml(true)
      .sanitizeUrls(true)
      .urlSanitizer(new WebOnly())
      .nodeRendererFactory(AltText::new)
      .build();

  private Markdown() {}

  /** The Markdown's syntax tree, with source positions on every inline. */
  public static Node parse(String markdown) {
    return PARSER.parse(markdown);
  }

  /** The HTML of a parsed document. */
  public static String html(Node document) {
    return RENDERER.render(document);
  }

  /** Whether a link goes to a web page (http, https) or a mail address: the links a brief keeps. */
  public static boolean isWebOrMail(String url) {
    int colon = url.indexOf(':');
    String scheme = colon < 0 ? "" : url.substring(0, colon).toLowerCase(Locale.ROOT).strip();
    return Set.of("http", "https", "mailto").contains(scheme);
  }

  /** Keeps web and mail links; anything else (javascript:, data:, file:, relative) becomes "#". */
  private static final class WebOnly implements UrlSanitizer {
    @Override
    public String sanitizeLinkUrl(String url) {
      return isWebOrMail(url) ? url : "#";
    }

    @Override
    public String sanitizeImageUrl(String url) {
      return "#";
    }
  }

  /** Writes an image as its alt text, so nothing is loaded from elsewhere. */
  private static final class AltText implements NodeRenderer {
    private final HtmlWriter html;

    AltText(HtmlNodeRendererContext context) {
      this.html = context.getWriter();
    }

    @Override
    public Set<Class<? extends Node>> getNodeTypes() {
      return Set.of(Image.class);
    }

    @Override
    public void render(Node node) {
      StringBuilder alt = new StringBuilder();
      for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
        if (child instanceof Text t) {
          alt.append(t.getLiteral());
        }
      }
      html.text(alt.toString());
    }
  }
}
