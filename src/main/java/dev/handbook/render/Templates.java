package dev.handbook.render;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.HTMLOutputFormat;
import freemarker.core.TemplateClassResolver;
import freemarker.ext.beans.BeansWrapper;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.Version;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The Freemarker configuration, built once per run: a project's `templates/` folder first, then the
 * defaults shipped in the jar, file by file. HTML auto-escaping is on for every `.ftlh` file.
 */
public final class Templates {
  static final String DEFAULTS = "/dev/handbook/templates";
  private static final Version VERSION = Configuration.VERSION_2_3_34;
  private final Configuration config;

  public Templates(Path projectTemplates) {
    config = new Configuration(VERSION);
    List<TemplateLoader> loaders = new ArrayList<>();
    try {
      if (projectTemplates != null && Files.isDirectory(projectTemplates)) {
        loaders.add(new FileTemplateLoader(projectTemplates.toFile()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    loaders.add(new ClassTemplateLoader(Templates.class, DEFAULTS));
    config.setTemplateLoader(new MultiTemplateLoader(loaders.toArray(TemplateLoader[]::new)));
    config.setRecognizeStandardFileExtensions(true);
    config.setOutputFormat(HTMLOutputFormat.INSTANCE);
    config.setDefaultEncoding("UTF-8");
    config.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
    config.setLogTemplateExceptions(false);
    config.setWrapUncheckedExceptions(true);
    config.setFallbackOnNullLoopVariable(false);
    config.setNumberFormat("computer");
    config.setLocale(Locale.ROOT);
    // A project's templates are code from the repository, run on every push: they get the data
    // and nothing else. No ?new (so no Execute or ObjectConstructor), no ?api, and no method or
    // property of any Java object (so no getClass()).
    config.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
    config.setAPIBuiltinEnabled(false);
    DefaultObjectWrapperBuilder wrapper = new DefaultObjectWrapperBuilder(VERSION);
    wrapper.setExposureLevel(BeansWrapper.EXPOSE_NOTHING);
    wrapper.setExposeFields(false);
    config.setObjectWrapper(wrapper.build());
  }

  /** Renders a template; a template error is a bug in the template, reported with its location. */
  public String apply(String template, Map<String, ?> data) {
    try {
      StringWriter out = new StringWriter();
      config.getTemplate(template).process(data, out);
      return out.toString();
    } catch (SecurityException e) {
      // FileTemplateLoader refuses a template whose real path leaves templates/ (a link).
      throw new TemplateFailure(
          template
              + " leads outside templates/ (a symbolic link?); templates are plain files there",
          e);
    } catch (TemplateException e) {
      throw new TemplateFailure(template + ": " + e.getMessageWithoutStackTop(), e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A template that could not be loaded or failed while rendering. */
  public static final class TemplateFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    TemplateFailure(String message, Throwable cause) {
      super(message, cause);
    }
  }
}
