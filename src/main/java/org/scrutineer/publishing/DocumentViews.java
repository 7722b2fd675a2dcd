package org.scrutineer.publishing;

import java.util.Locale;
import java.util.Map;

import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;

/** Draws a published document's view from its Thymeleaf template, outside any request, with the beans a template may name (@words). */
@Component
public class DocumentViews {

    private final TemplateEngine templates;
    private final ApplicationContext application;

    DocumentViews(TemplateEngine templates, ApplicationContext application) {
        this.templates = templates;
        this.application = application;
    }

    public String render(String template, Map<String, Object> model) {
        Context context = new Context(Locale.UK);
        context.setVariables(model);
        context.setVariable(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
                new ThymeleafEvaluationContext(application, null));
        return templates.process(template, context);
    }
}
