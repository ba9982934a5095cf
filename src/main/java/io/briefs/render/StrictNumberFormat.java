package io.briefs.render;

import freemarker.core.Environment;
import freemarker.core.TemplateFormatUtil;
import freemarker.core.TemplateNumberFormat;
import freemarker.core.TemplateNumberFormatFactory;
import freemarker.core.UnformattableValueException;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateNumberModel;
import java.util.Locale;

/**
 * The default number format of templates: refuses to format. Numbers reach templates already
 * formatted by the narrative, so a bare {@code ${n}} is a template mistake, reported with its
 * line instead of printing an unchecked number.
 */
final class StrictNumberFormat extends TemplateNumberFormat {
  static final TemplateNumberFormatFactory FACTORY = new TemplateNumberFormatFactory() {
    @Override
    public TemplateNumberFormat get(String params, Locale locale, Environment env) {
      try {
        TemplateFormatUtil.checkHasNoParameters(params);
      } catch (freemarker.core.InvalidFormatParametersException e) {
        throw new IllegalArgumentException(e);
      }
      return new StrictNumberFormat();
    }
  };

  @Override
  public String formatToPlainText(TemplateNumberModel number) throws UnformattableValueException, TemplateModelException {
    throw new UnformattableValueException(
        "numbers are formatted by briefs before they reach templates; print a prepared text"
            + " instead, or use ?c for a machine-readable number");
  }

  @Override
  public boolean isLocaleBound() {
    return false;
  }

  @Override
  public String getDescription() {
    return "strict (refuses to format numbers)";
  }
}
