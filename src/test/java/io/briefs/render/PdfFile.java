package io.briefs.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;

/** What a test reads from a PDF, through PDFBox: the facts `pdfinfo` and `pdffonts` show, and more. */
public record PdfFile(byte[] bytes) {

  /** Reads a PDF file. */
  public static PdfFile of(Path path) {
    try {
      return new PdfFile(Files.readAllBytes(path));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Runs a check on the loaded document. */
  public <T> T with(Check<T> check) {
    try (PDDocument doc = Loader.loadPDF(bytes)) {
      return check.apply(doc);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A check on a loaded document. */
  public interface Check<T> {
    T apply(PDDocument doc) throws IOException;
  }

  /** The text of each page as PDFBox extracts it, unnormalised. */
  public List<String> pages() {
    return with(doc -> {
      List<String> pages = new ArrayList<>();
      for (int i = 1; i <= doc.getNumberOfPages(); i++) {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(i);
        stripper.setEndPage(i);
        pages.add(stripper.getText(doc));
      }
      return pages;
    });
  }

  /** The whole text, unnormalised. */
  public String text() {
    return String.join("\n", pages());
  }

  /** The document information dictionary. */
  public PDDocumentInformation info() {
    return with(PDDocument::getDocumentInformation);
  }

  /** The XMP packet as text. */
  public String xmp() {
    return with(doc -> new String(doc.getDocumentCatalog().getMetadata().toByteArray(), StandardCharsets.UTF_8));
  }

  /** The catalog's natural language. */
  public String language() {
    return with(doc -> doc.getDocumentCatalog().getLanguage());
  }

  /** Whether the document is marked as tagged and has a structure tree (`pdfinfo`: "Tagged: yes"). */
  public boolean tagged() {
    return with(doc -> doc.getDocumentCatalog().getMarkInfo() != null
        && doc.getDocumentCatalog().getMarkInfo().isMarked()
        && doc.getDocumentCatalog().getStructureTreeRoot() != null);
  }

  /** Each page's media box. */
  public List<PDRectangle> mediaBoxes() {
    return with(doc -> {
      List<PDRectangle> boxes = new ArrayList<>();
      doc.getPages().forEach(p -> boxes.add(p.getMediaBox()));
      return boxes;
    });
  }

  /** Every font used on any page or in any form drawn on it, as "name embedded?" lines. */
  public List<String> fonts() {
    return with(doc -> {
      List<String> fonts = new ArrayList<>();
      for (PDPage page : doc.getPages()) {
        collectFonts(page.getResources(), fonts);
      }
      return fonts.stream().distinct().sorted().toList();
    });
  }

  private static void collectFonts(PDResources resources, List<String> into) throws IOException {
    if (resources == null) {
      return;
    }
    for (COSName name : resources.getFontNames()) {
      PDFont font = resources.getFont(name);
      into.add(font.getName() + (font.isEmbedded() ? " embedded" : " NOT embedded"));
    }
    for (COSName name : resources.getXObjectNames()) {
      PDXObject x = resources.getXObject(name);
      if (x instanceof PDFormXObject form) {
        collectFonts(form.getResources(), into);
      }
    }
  }

  /** The outline's top-level titles, in order. */
  public List<String> bookmarks() {
    return with(doc -> {
      List<String> titles = new ArrayList<>();
      if (doc.getDocumentCatalog().getDocumentOutline() != null) {
        for (PDOutlineItem item : doc.getDocumentCatalog().getDocumentOutline().children()) {
          titles.add(item.getTitle());
        }
      }
      return titles;
    });
  }

  /** The titles under a top-level outline item, in order. */
  public List<String> bookmarksUnder(String parent) {
    return with(doc -> {
      List<String> titles = new ArrayList<>();
      for (PDOutlineItem item : doc.getDocumentCatalog().getDocumentOutline().children()) {
        if (item.getTitle().equals(parent)) {
          item.children().forEach(child -> titles.add(child.getTitle()));
        }
      }
      return titles;
    });
  }

  /** An embedded file as the catalog lists it. */
  public record Attachment(String name, String unicodeName, String description, String mime,
      String relationship, boolean associated, byte[] bytes, String created, String modified) {}

  /** The embedded files, in name order. */
  public List<Attachment> attachments() {
    return with(doc -> {
      List<Attachment> all = new ArrayList<>();
      var associated = doc.getDocumentCatalog().getCOSObject().getCOSArray(COSName.AF);
      Map<String, PDComplexFileSpecification> names =
          doc.getDocumentCatalog().getNames().getEmbeddedFiles().getNames();
      for (var e : names.entrySet()) {
        PDComplexFileSpecification spec = e.getValue();
        var file = spec.getEmbeddedFileUnicode();
        all.add(new Attachment(e.getKey(), spec.getFileUnicode(), spec.getFileDescription(), file.getSubtype(),
            spec.getCOSObject().getNameAsString(COSName.getPDFName("AFRelationship")),
            associated != null && isIn(associated, spec.getCOSObject()),
            file.toByteArray(), iso(file.getCreationDate()), iso(file.getModDate())));
      }
      return all;
    });
  }

  private static boolean isIn(COSArray array, COSBase item) {
    for (int i = 0; i < array.size(); i++) {
      if (array.getObject(i) == item) {
        return true;
      }
    }
    return false;
  }

  /** The dates of the document, its XMP and its attachments, for comparing them. */
  public static String iso(Calendar c) {
    return c.toInstant().toString();
  }
}
