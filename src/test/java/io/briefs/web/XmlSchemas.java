package io.briefs.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import nu.validator.vendor.thaiopensource.util.PropertyMapBuilder;
import nu.validator.vendor.thaiopensource.validate.ValidateProperty;
import nu.validator.vendor.thaiopensource.validate.ValidationDriver;
import nu.validator.vendor.thaiopensource.validate.rng.CompactSchemaReader;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Schema validation of the site's XML: Atom against the RELAX NG grammar of RFC 4287 (with Jing,
 * as vendored by the Nu checker) and sitemaps against the protocol's XML Schema (the JDK's
 * validator).
 */
final class XmlSchemas {
  private static final Path ATOM = Path.of("src/test/resources/schemas/atom.rnc");
  private static final Path SITEMAP = Path.of("src/test/resources/schemas/sitemap.xsd");

  private XmlSchemas() {}

  /** The problems of an Atom document, as {@code line:column: message}; empty when valid. */
  static List<String> atom(Path feed) {
    Collector errors = new Collector();
    PropertyMapBuilder properties = new PropertyMapBuilder();
    properties.put(ValidateProperty.ERROR_HANDLER, errors);
    ValidationDriver driver = new ValidationDriver(properties.toPropertyMap(), CompactSchemaReader.getInstance());
    try {
      if (!driver.loadSchema(ValidationDriver.fileInputSource(ATOM.toFile()))) {
        throw new IllegalStateException("the Atom grammar did not load: " + errors.messages);
      }
      driver.validate(ValidationDriver.fileInputSource(feed.toFile()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (SAXException e) {
      errors.messages.add("not well-formed: " + e.getMessage());
    }
    return errors.messages;
  }

  /** The problems of a sitemap; empty when valid. */
  static List<String> sitemap(Path sitemap) {
    Collector errors = new Collector();
    try {
      SchemaFactory factory = SchemaFactory.newDefaultInstance();
      factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file");
      Validator validator = factory.newSchema(SITEMAP.toFile()).newValidator();
      validator.setErrorHandler(errors);
      validator.validate(new StreamSource(sitemap.toFile()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (SAXException e) {
      errors.messages.add("not valid: " + e.getMessage());
    }
    return errors.messages;
  }

  /** Collects every warning and error instead of stopping at the first. */
  private static final class Collector implements ErrorHandler {
    final List<String> messages = new ArrayList<>();

    @Override
    public void warning(SAXParseException e) {
      messages.add(format(e));
    }

    @Override
    public void error(SAXParseException e) {
      messages.add(format(e));
    }

    @Override
    public void fatalError(SAXParseException e) {
      messages.add(format(e));
    }

    private static String format(SAXParseException e) {
      return e.getLineNumber() + ":" + e.getColumnNumber() + ": " + e.getMessage();
    }
  }
}
