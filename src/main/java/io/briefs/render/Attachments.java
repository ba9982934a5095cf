package io.briefs.render;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Calendar;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;

/**
 * Embeds files as PDF/A-3 associated files: listed in the catalog's {@code /AF} and in the
 * embedded-files name tree, each with its media type, its relationship to the document, a
 * description, a Unicode file name, and dates from the document's stamp (PDFBox would otherwise
 * leave them unset or readers would take the clock).
 */
final class Attachments {
  private Attachments() {}

  static void embed(PDDocument doc, List<PdfAttachment> attachments, Calendar date) throws IOException {
    if (attachments.isEmpty()) {
      return;
    }
    Map<String, PDComplexFileSpecification> byName = new LinkedHashMap<>();
    COSArray associated = new COSArray();
    for (PdfAttachment a : attachments) {
      PDComplexFileSpecification spec = spec(doc, a, date);
      byName.put(a.fileName(), spec);
      associated.add(spec);
    }
    PDEmbeddedFilesNameTreeNode tree = new PDEmbeddedFilesNameTreeNode();
    tree.setNames(byName);
    PDDocumentCatalog catalog = doc.getDocumentCatalog();
    PDDocumentNameDictionary names = catalog.getNames() != null ? catalog.getNames()
        : new PDDocumentNameDictionary(catalog);
    names.setEmbeddedFiles(tree);
    catalog.setNames(names);
    catalog.getCOSObject().setItem(COSName.AF, associated);
  }

  private static PDComplexFileSpecification spec(PDDocument doc, PdfAttachment a, Calendar date)
      throws IOException {
    byte[] bytes = a.bytes();
    PDEmbeddedFile file = new PDEmbeddedFile(doc, new ByteArrayInputStream(bytes), COSName.FLATE_DECODE);
    file.setSubtype(a.mimeType());
    file.setSize(bytes.length);
    file.setCreationDate(date);
    file.setModDate(date);
    PDComplexFileSpecification spec = new PDComplexFileSpecification();
    spec.setFile(a.fileName());
    spec.setFileUnicode(a.fileName());
    spec.setFileDescription(a.description());
    spec.setEmbeddedFile(file);
    spec.setEmbeddedFileUnicode(file);
    spec.getCOSObject().setName(COSName.getPDFName("AFRelationship"), a.relationship());
    return spec;
  }
}
