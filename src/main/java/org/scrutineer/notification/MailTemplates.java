package org.scrutineer.notification;

import java.util.HashMap;
import java.util.Map;

import org.scrutineer.calendar.DateWords;
import org.springframework.stereotype.Component;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Plain-text mail templates: Thymeleaf TEXT templates under {@code templates/<feature>/mail/}.
 * The first line of a rendered template is its subject, after {@code Subject:}; the rest is the body.
 * Every template can use {@code publicUrl} for links and {@code words} for dates.
 */
@Component
public class MailTemplates {

    public record Mail(String subject, String body) {
    }

    private final SpringTemplateEngine engine = new SpringTemplateEngine();
    private final MailSettings settings;
    private final DateWords words;

    public MailTemplates(MailSettings settings, DateWords words) {
        this.settings = settings;
        this.words = words;
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/");
        resolver.setSuffix(".txt");
        resolver.setTemplateMode(TemplateMode.TEXT);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(true);
        engine.setTemplateResolver(resolver);
    }

    public Mail render(String template, Map<String, Object> variables) {
        Map<String, Object> all = new HashMap<>(variables);
        all.put("publicUrl", settings.publicUrl());
        all.put("words", words);
        String text = engine.process(template, new Context(java.util.Locale.UK, all)).strip();
        int newline = text.indexOf('\n');
        String first = newline < 0 ? text : text.substring(0, newline);
        if (!first.startsWith("Subject:")) {
            throw new IllegalStateException("Mail template " + template + " must start with a 'Subject:' line");
        }
        String body = newline < 0 ? "" : text.substring(newline + 1).strip();
        return new Mail(first.substring("Subject:".length()).strip(), body + "\n");
    }
}
