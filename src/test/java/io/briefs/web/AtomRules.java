package io.briefs.web;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The rules of RFC 4287 that its grammar leaves to prose and Schematron, and what briefs promises
 * on top: a self link, absolute and unique ids, entries no newer than the feed, and links that
 * lead to files of the site (relative ones resolved against the feed's own address).
 */
final class AtomRules {
  static final String NS = "http://www.w3.org/2005/Atom";

  private AtomRules() {}

  /**
   * The rules a feed breaks.
   *
   * @param site the site folder the feed belongs to
   * @param feedPath the feed's path in the site ({@code dell/feed.xml})
   * @param base the site's base URL, or null when the feed links relatively
   */
  static List<String> check(Path site, String feedPath, String base) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
    factory.setNamespaceAware(true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    Document doc = factory.newDocumentBuilder().parse(site.resolve(feedPath).toFile());
    Element feed = doc.getDocumentElement();
    List<String> problems = new ArrayList<>();
    URI self = URI.create(base == null ? "http://site.invalid/" + feedPath : base + feedPath);
    List<Element> entries = children(feed, "entry");
    if (children(feed, "author").isEmpty() && entries.stream().anyMatch(e -> children(e, "author").isEmpty())) {
      problems.add("the feed has no author and an entry has none either");
    }
    if (links(feed, "self").isEmpty()) {
      problems.add("the feed has no self link");
    }
    checkLinks(feed, self, site, base, problems);
    Instant updated = Instant.parse(text(feed, "updated"));
    Set<String> ids = new HashSet<>();
    ids.add(absoluteId(feed, problems));
    for (Element entry : entries) {
      String id = absoluteId(entry, problems);
      if (!ids.add(id)) {
        problems.add("id " + id + " is used twice");
      }
      if (children(entry, "content").isEmpty() && links(entry, "alternate").isEmpty()) {
        problems.add("entry " + id + " has neither content nor an alternate link");
      }
      if (Instant.parse(text(entry, "updated")).isAfter(updated)) {
        problems.add("entry " + id + " is newer than the feed");
      }
      if (Instant.parse(text(entry, "published")).isAfter(Instant.parse(text(entry, "updated")))) {
        problems.add("entry " + id + " was published after it was updated");
      }
      checkLinks(entry, self, site, base, problems);
    }
    return problems;
  }

  private static String absoluteId(Element e, List<String> problems) {
    String id = text(e, "id");
    if (!URI.create(id).isAbsolute()) {
      problems.add("id " + id + " is not an absolute IRI");
    }
    return id;
  }

  /** At most one alternate link per type and language; every link leads to a file of the site. */
  private static void checkLinks(Element parent, URI self, Path site, String base, List<String> problems) {
    Set<String> alternates = new HashSet<>();
    for (Element link : children(parent, "link")) {
      String rel = link.hasAttribute("rel") ? link.getAttribute("rel") : "alternate";
      if (rel.equals("alternate") && !alternates.add(link.getAttribute("type") + "|" + link.getAttribute("hreflang"))) {
        problems.add("two alternate links of type " + link.getAttribute("type"));
      }
      String href = link.getAttribute("href");
      if (base != null && !href.startsWith(base)) {
        problems.add("link " + href + " is not absolute under " + base);
        continue;
      }
      URI target = self.resolve(href);
      String root = base == null ? "http://site.invalid/" : base;
      String path = target.toString().substring(root.length());
      Path file = site.resolve(path.isEmpty() || path.endsWith("/") ? path + "index.html" : path);
      if (!Files.isRegularFile(file)) {
        problems.add("link " + href + " leads to " + path + ", which the site does not have");
      }
    }
  }

  private static List<Element> links(Element parent, String rel) {
    return children(parent, "link").stream().filter(l -> l.getAttribute("rel").equals(rel)).toList();
  }

  static List<Element> children(Element parent, String name) {
    List<Element> out = new ArrayList<>();
    NodeList nodes = parent.getChildNodes();
    for (int i = 0; i < nodes.getLength(); i++) {
      if (nodes.item(i) instanceof Element e && NS.equals(e.getNamespaceURI()) && e.getLocalName().equals(name)) {
        out.add(e);
      }
    }
    return out;
  }

  private static String text(Element parent, String name) {
    return children(parent, name).get(0).getTextContent();
  }
}
