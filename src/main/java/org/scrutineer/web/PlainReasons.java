package org.scrutineer.web;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.Temporal;
import java.util.Objects;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import org.scrutineer.calendar.SupportedDates;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * What a person did wrong in a request, in plain English, for the mistakes the framework and
 * {@code java.time} report in their own words (which name Java classes): a value of the wrong kind,
 * a missing value, a date out of range, a number too large.
 */
final class PlainReasons {

    private PlainReasons() {
    }

    static String of(Exception e) {
        if (e instanceof MethodArgumentTypeMismatchException mismatch) {
            return wrongKind(mismatch);
        }
        if (e instanceof MissingServletRequestParameterException missing) {
            return "Give '" + missing.getParameterName() + "'";
        }
        if (e instanceof DateTimeParseException) {
            return SupportedDates.NOT_A_DATE;
        }
        if (e instanceof DateTimeException) {
            return SupportedDates.OUT_OF_RANGE;
        }
        if (e instanceof ArithmeticException) {
            return "A number in the request is too large";
        }
        return "The request could not be understood";
    }

    /** Why a request body could not be read: the field it does not know, or the field whose value is of the wrong kind. */
    static String unreadable(HttpMessageNotReadableException e) {
        if (e.getCause() instanceof UnrecognizedPropertyException unknown) {
            return "'" + unknown.getPropertyName() + "' is not part of this request. Send only "
                    + String.join(", ", unknown.getKnownPropertyIds().stream().map(String::valueOf).sorted().toList());
        }
        if (e.getCause() instanceof InvalidFormatException wrong) {
            String field = wrong.getPath().stream().map(JsonMappingException.Reference::getFieldName).filter(Objects::nonNull)
                    .reduce((first, second) -> second).orElse(null);
            if (field != null) {
                return wrong.getTargetType() == LocalDateTime.class
                        ? "'" + field + "' must be a date and time as YYYY-MM-DDTHH:MM, for example 2025-03-18T14:00"
                        : wrongKind(field, wrong.getTargetType());
            }
        }
        return "The request body could not be read. Send JSON, with dates as YYYY-MM-DD and times as YYYY-MM-DDTHH:MM.";
    }

    private static String wrongKind(MethodArgumentTypeMismatchException e) {
        return wrongKind(e.getName(), e.getRequiredType());
    }

    private static String wrongKind(String field, Class<?> type) {
        String name = "'" + field + "'";
        if (type != null && Temporal.class.isAssignableFrom(type)) {
            return name + " must be a date as YYYY-MM-DD, for example 2025-03-23";
        }
        if (type != null && (Number.class.isAssignableFrom(type) || type == int.class || type == long.class)) {
            return name + " must be a whole number";
        }
        return name + " is not a value this service knows";
    }
}
