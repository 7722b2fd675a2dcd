package org.scrutineer.web;

import java.lang.annotation.Annotation;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

/**
 * What Bean Validation found wrong with a request record, one message a field, in the order the
 * record lists its fields, so that the first is the one a person fills in first. Where a field
 * breaks several rules, its absence is the one told.
 */
public final class FieldMessages {

    private static final Set<Class<? extends Annotation>> ABSENCE = Set.of(NotNull.class, NotBlank.class, NotEmpty.class);

    private FieldMessages() {
    }

    public static <T extends Record> Map<String, String> of(Set<ConstraintViolation<T>> violations, Class<T> type) {
        var order = Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).toList();
        Map<String, String> messages = new LinkedHashMap<>();
        violations.stream()
                .sorted(Comparator.<ConstraintViolation<T>>comparingInt(v -> position(order, field(v)))
                        .thenComparing(v -> ABSENCE.contains(v.getConstraintDescriptor().getAnnotation().annotationType()) ? 0 : 1)
                        .thenComparing(ConstraintViolation::getMessage))
                .forEach(v -> messages.putIfAbsent(field(v), v.getMessage()));
        return messages;
    }

    private static String field(ConstraintViolation<?> violation) {
        return violation.getPropertyPath().iterator().next().getName();
    }

    private static int position(List<String> order, String field) {
        int i = order.indexOf(field);
        return i < 0 ? order.size() : i;
    }
}
