package io.briefs.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Whatever text reaches a feed, the feed stays well-formed XML (issue 18, case 4). */
class XmlTextTest {
  @Test
  void charactersXmlCannotHoldAreReplaced() {
    assertThat(XmlDocument.text("Acme")).isSameAs(XmlDocument.text("Acme"));
    assertThat(XmlDocument.text("a\u0000b\u001bc\ufffed\ud800e\uDBFF\uDFFFf\tg\nh"))
        .isEqualTo("a\ufffdb\ufffdc\ufffdd\ufffde\uDBFF\uDFFFf\tg\nh");
  }

  @Test
  void aFeedWithControlCharactersParses() throws Exception {
    byte[] xml = XmlDocument.write("http://www.w3.org/2005/Atom", "feed",
        w -> XmlDocument.element(w, "http://www.w3.org/2005/Atom", 1, "title", "Acme\u0000\u000b\u001b[31m"));
    var factory = javax.xml.parsers.DocumentBuilderFactory.newDefaultInstance();
    factory.setNamespaceAware(true);
    var doc = factory.newDocumentBuilder().parse(new java.io.ByteArrayInputStream(xml));
    assertThat(doc.getDocumentElement().getTextContent()).contains("Acme\ufffd\ufffd\ufffd[31m");
    assertThat(new String(xml, StandardCharsets.UTF_8)).doesNotContain("\u001b");
  }
}
