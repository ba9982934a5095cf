package io.briefs.render;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;
import org.verapdf.pdfa.validation.profiles.RuleId;

/**
 * veraPDF in-process: checks a PDF against PDF/A-3a and PDF/UA-1 and lists every failed rule
 * with its clause, test number, description and where it failed (the context names the page).
 */
public final class Conformance {
  private static final List<PDFAFlavour> FLAVOURS = List.of(PDFAFlavour.PDFA_3_A, PDFAFlavour.PDFUA_1);
  private static boolean initialised;

  private Conformance() {}

  private static synchronized void init() {
    if (!initialised) {
      VeraGreenfieldFoundryProvider.initialise();
      initialised = true;
    }
  }

  /** Every failed check, one line each; empty when the document conforms to both. */
  public static List<String> failures(byte[] pdf) {
    init();
    List<String> failed = new ArrayList<>();
    try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf));
        PDFAValidator validator = Foundries.defaultInstance().createValidator(FLAVOURS)) {
      for (ValidationResult result : validator.validateAll(parser)) {
        for (TestAssertion a : result.getTestAssertions()) {
          if (a.getStatus() == TestAssertion.Status.FAILED) {
            failed.add(describe(result.getPDFAFlavour(), a));
          }
        }
        if (!result.isCompliant() && failed.isEmpty()) {
          failed.add(result.getPDFAFlavour() + ": not compliant (" + result.getJobEndStatus() + ")");
        }
      }
    } catch (Exception e) {
      failed.add("veraPDF could not validate the document: " + e);
    }
    return failed;
  }

  private static final Pattern PAGE = Pattern.compile("/pages\\[(\\d+)\\]");

  private static String describe(PDFAFlavour flavour, TestAssertion a) {
    RuleId rule = a.getRuleId();
    String context = a.getLocation() == null ? "?" : a.getLocation().getContext();
    Matcher page = PAGE.matcher(context);
    String where = page.find() ? "on page " + (Integer.parseInt(page.group(1)) + 1) + ", at " + context
        : "at " + context;
    return String.format(Locale.ROOT, "%s rule %s-%d: %s [%s]%s", flavour.getId(), rule.getClause(),
        rule.getTestNumber(), a.getMessage(), where,
        a.getErrorMessage() == null ? "" : " (" + a.getErrorMessage() + ")");
  }
}
