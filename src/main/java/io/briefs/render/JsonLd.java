package io.briefs.render;

import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import freemarker.core.HTMLOutputFormat;
import freemarker.core.TemplateHTMLOutputModel;
import freemarker.template.TemplateModelException;

/**
 * schema.org structured data for the head of a page, made with Jackson, never by pasting text:
 * {@code <}, {@code >} and {@code &} are written as {@code \u003C}-style escapes, so no text from
 * the data can close the script element or open a comment in it.
 */
public final class JsonLd {
  private static final ObjectMapper MAPPER =
      JsonMapper.builder(new JsonFactoryBuilder().characterEscapes(new HtmlSafeEscapes()).build()).build();

  private JsonLd() {}

  /** What a news article says about itself; absolute addresses may be null (no base URL). */
  public record Article(String headline, String description, String datePublished, String lang,
      String publisher, String companyName, String ticker, String url, String image) {}

  /** The {@code NewsArticle} object of a brief. */
  public static ObjectNode newsArticle(Article a) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("@context", "https://schema.org");
    node.put("@type", "NewsArticle");
    node.put("headline", a.headline());
    node.put("description", a.description());
    node.put("datePublished", a.datePublished());
    node.put("dateModified", a.datePublished());
    node.put("inLanguage", a.lang());
    node.put("articleSection", "Earnings");
    node.put("isAccessibleForFree", true);
    node.set("author", organization(a.publisher()));
    node.set("publisher", organization(a.publisher()));
    ObjectNode about = node.putObject("about");
    about.put("@type", "Corporation");
    about.put("name", a.companyName());
    if (a.ticker() != null) {
      about.put("tickerSymbol", a.ticker());
    }
    if (a.url() != null) {
      node.put("url", a.url());
      node.put("mainEntityOfPage", a.url());
    }
    if (a.image() != null) {
      node.put("image", a.image());
    }
    return node;
  }

  /** The JSON text of a node, safe to place inside {@code <script type="application/ld+json">}. */
  public static String write(ObjectNode node) {
    try {
      return MAPPER.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a JSON tree always serialises", e);
    }
  }

  /** The same text as template markup (it is JSON made by Jackson with HTML-safe escapes). */
  public static TemplateHTMLOutputModel markup(ObjectNode node) {
    try {
      return HTMLOutputFormat.INSTANCE.fromMarkup(write(node));
    } catch (TemplateModelException e) {
      throw new IllegalStateException("JSON-LD markup rejected", e);
    }
  }

  private static ObjectNode organization(String name) {
    ObjectNode org = MAPPER.createObjectNode();
    org.put("@type", "Organization");
    org.put("name", name);
    return org;
  }

  /** Escapes the characters that mean something to an HTML parser inside a script element. */
  private static final class HtmlSafeEscapes extends CharacterEscapes {
    private static final long serialVersionUID = 1L;
    private final int[] escapes;

    HtmlSafeEscapes() {
      escapes = standardAsciiEscapesForJSON();
      escapes['<'] = ESCAPE_STANDARD;
      escapes['>'] = ESCAPE_STANDARD;
      escapes['&'] = ESCAPE_STANDARD;
    }

    @Override
    public int[] getEscapeCodesForAscii() {
      return escapes;
    }

    @Override
    public SerializableString getEscapeSequence(int ch) {
      return null;
    }
  }
}
