package io.briefs.render;

import freemarker.core.TemplateHTMLOutputModel;
import java.util.List;

/**
 * What the head of a web page says about it: description, canonical address, link previews
 * (Open Graph, Twitter cards), feeds and structured data. Addresses that must be absolute
 * (canonical, preview image) are null when the build has no base URL.
 *
 * @param type the Open Graph type: {@code website} or {@code article}
 * @param canonical the page's absolute address, or null
 * @param image the link-preview image, or null
 * @param published the article's date (ISO 8601), or null for other pages
 * @param jsonLd schema.org structured data, already serialised and safe inside a script element,
 *     or null
 */
public record PageMeta(
    String title,
    String description,
    String siteName,
    String type,
    String canonical,
    ImageView image,
    String published,
    List<FeedLink> feeds,
    TemplateHTMLOutputModel jsonLd) {

  /** Copies the list. */
  public PageMeta {
    feeds = List.copyOf(feeds);
  }

  /** A preview image: its address, media type, size in pixels (as text) and text alternative. */
  public record ImageView(String url, String type, String width, String height, String alt) {}

  /** An Atom feed the page announces: its title and address relative to the page. */
  public record FeedLink(String title, String href) {}

  /** The same metadata with a link-preview image. */
  public PageMeta withImage(ImageView image) {
    return new PageMeta(title, description, siteName, type, canonical, image, published, feeds, jsonLd);
  }
}
