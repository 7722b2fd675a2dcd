package org.scrutineer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.validation.Validation;
import org.springframework.boot.context.properties.bind.BindHandler;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.PropertySourcesPlaceholdersResolver;
import org.springframework.boot.context.properties.bind.validation.ValidationBindHandler;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.convert.ApplicationConversionService;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.FileSystemResource;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;

/**
 * A settings record as the application binds it from the files it ships ({@code config/application.yaml}
 * over {@code src/main/resources/application.yaml}), with any overrides over both, and validated as
 * on start. For tests that build a part of the application by hand.
 */
public final class ShippedSettings {

    public static final List<String> FILES = List.of("config/application.yaml", "src/main/resources/application.yaml");

    private ShippedSettings() {
    }

    public static <T> T of(String prefix, Class<T> type) {
        return of(prefix, type, Map.of());
    }

    public static <T> T of(String prefix, Class<T> type, Map<String, Object> overrides) {
        List<PropertySource<?>> sources = new ArrayList<>();
        sources.add(new MapPropertySource("overrides", overrides));
        FILES.forEach(file -> sources.addAll(load(file)));
        return bind(sources, prefix, type);
    }

    /** Binds from {@code sources} alone, validated as on start: with none given, a record with no defaults of its own is refused. */
    public static <T> T bind(List<PropertySource<?>> sources, String prefix, Class<T> type) {
        Binder binder = new Binder(ConfigurationPropertySources.from(sources), new PropertySourcesPlaceholdersResolver(sources),
                ApplicationConversionService.getSharedInstance());
        BindHandler validated = new ValidationBindHandler(new SpringValidatorAdapter(Validation.buildDefaultValidatorFactory().getValidator()));
        return binder.bindOrCreate(prefix, Bindable.of(type), validated);
    }

    public static List<PropertySource<?>> load(String file) {
        try {
            return new YamlPropertySourceLoader().load(file, new FileSystemResource(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
