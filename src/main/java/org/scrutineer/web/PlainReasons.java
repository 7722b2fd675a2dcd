package org.scrutineer.web;

import java.time.DateTimeException;
import java.time.format.DateTimeParseException;
import java.time.temporal.Temporal;

import org.scrutineer.calendar.SupportedDates;
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

    private static String wrongKind(MethodArgumentTypeMismatchException e) {
        Class<?> type = e.getRequiredType();
        String name = "'" + e.getName() + "'";
        if (type != null && Temporal.class.isAssignableFrom(type)) {
            return name + " must be a date as YYYY-MM-DD, for example 2025-03-23";
        }
        if (type != null && (Number.class.isAssignableFrom(type) || type == int.class || type == long.class)) {
            return name + " must be a whole number";
        }
        return name + " is not a value this service knows";
    }
}
