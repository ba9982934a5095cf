package io.briefs.render;

import freemarker.cache.FileTemplateLoader;
import freemarker.core.HTMLOutputFormat;
import freemarker.core.ParseException;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.core.TemplateClassResolver;
import freemarker.core.InvalidReferenceException;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateNotFoundException;
import io.briefs.diag.Diagnostic;
import io.briefs.diag.Severity;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;

/**
 * The user's page templates: one FreeMarker configuration, built once and never changed after
 * (so it is safe to share between threads), auto-escaping HTML, with {@code ?api} and the
 * {@code new} built-in disabled and bare numbers refused.
 */
public final class Templates {
  private final Configuration config;
  private final Path dir;

  private Templates(Configuration config, Path dir) {
    this.config = config;
    this.dir = dir;
  }

  /** Templates read from {@code dir}; only files inside it can be loaded. */
  public static Templates open(Path dir) throws IOException {
    Configuration c = new Configuration(Configuration.VERSION_2_3_34);
    c.setTemplateLoader(new FileTemplateLoader(dir.toFile(), false));
    c.setDefaultEncoding("UTF-8");
    c.setOutputFormat(HTMLOutputFormat.INSTANCE);
    c.setRecognizeStandardFileExtensions(true);
    c.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
    c.setLogTemplateExceptions(false);
    c.setWrapUncheckedExceptions(true);
    c.setFallbackOnNullLoopVariable(false);
    c.setAPIBuiltinEnabled(false);
    c.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
    c.setLocalizedLookup(false);
    c.setLocale(Locale.ROOT);
    c.setTimeZone(TimeZone.getTimeZone("UTC"));
    c.setCustomNumberFormats(Map.of("strict", StrictNumberFormat.FACTORY));
    c.setNumberFormat("@strict");
    c.setBooleanFormat("c");
    return new Templates(c, dir);
  }

  /**
   * Renders a template with a data model (a record whose components the template reads).
   *
   * @throws TemplateError naming the template file, line and column
   */
  public String render(String name, Object model) throws TemplateError {
    try {
      Template template = config.getTemplate(name);
      StringWriter out = new StringWriter(32 * 1024);
      template.process(model, out);
      return out.toString();
    } catch (TemplateNotFoundException e) {
      throw new TemplateError(new Diagnostic(dir.resolve(name).toString(), 0, 0, Severity.ERROR,
          "template not found"), e);
    } catch (ParseException e) {
      throw new TemplateError(parse(e, name), e);
    } catch (TemplateException e) {
      // an #import or #include of a partial that does not parse: the partial's own file and line
      for (Throwable c = e.getCause(); c != null; c = c.getCause()) {
        if (c instanceof ParseException p) {
          throw new TemplateError(parse(p, name), e);
        }
      }
      String source = e.getTemplateSourceName() == null ? name : e.getTemplateSourceName();
      int line = e.getLineNumber() == null ? 0 : e.getLineNumber();
      int column = e.getColumnNumber() == null ? 0 : e.getColumnNumber();
      throw new TemplateError(new Diagnostic(dir.resolve(source).toString(), line, column, Severity.ERROR,
          message(e)), e);
    } catch (IOException e) {
      throw new TemplateError(new Diagnostic(dir.resolve(name).toString(), 0, 0, Severity.ERROR,
          "cannot read the template: " + e.getMessage()), e);
    }
  }

  private Diagnostic parse(ParseException e, String name) {
    String source = e.getTemplateName() == null ? name : e.getTemplateName();
    return new Diagnostic(dir.resolve(source).toString(), e.getLineNumber(), e.getColumnNumber(), Severity.ERROR,
        firstLine(e.getEditorMessage()));
  }

  /**
   * What went wrong, naming the expression: "`nav.homepage` is null or missing: the page model has
   * no such value (see docs/templates.md)", not FreeMarker's first line alone, which names nothing.
   */
  private static String message(TemplateException e) {
    String blamed = e.getBlamedExpressionString();
    if (e instanceof InvalidReferenceException && blamed != null) {
      return "`" + blamed + "` is null or missing: the page model has no such value, or it is empty here"
          + " (the names a template can use are in docs/templates.md; write `" + blamed + "!` or"
          + " `<#if " + blamed + "??>` where it may be absent)";
    }
    String first = firstLine(e.getMessageWithoutStackTop());
    return blamed == null ? first : first + " (in `" + blamed + "`)";
  }

  private static String firstLine(String message) {
    String trimmed = message == null ? "template error" : message.strip();
    int nl = trimmed.indexOf('\n');
    return nl < 0 ? trimmed : trimmed.substring(0, nl).strip();
  }
}
