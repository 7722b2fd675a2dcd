package org.scrutineer.web;

import java.time.DateTimeException;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Turns a refusal, something not found and the errors a caller can make into {@link ApiProblem}
 * answers in plain English. It comes before {@link PageErrorHandler}, which would otherwise answer
 * the API with a page.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiErrorHandler {

    @ExceptionHandler({Refusal.class, NotFound.class})
    ResponseEntity<ApiProblem> refused(ErrorResponse e) {
        return ApiProblem.answer(e);
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ResponseEntity<ApiProblem> badValue(IllegalArgumentException e) {
        return ApiProblem.answer(Refusal.of(HttpStatus.BAD_REQUEST, e.getMessage()));
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ResponseEntity<ApiProblem> invalid(MethodArgumentNotValidException e) {
        String message = e.getBindingResult().getFieldErrors().stream()
                .map(f -> f.getField() + " " + f.getDefaultMessage())
                .sorted()
                .collect(Collectors.joining("; "));
        Map<String, String> errors = new LinkedHashMap<>();
        e.getBindingResult().getFieldErrors().stream().sorted(Comparator.comparing(FieldError::getField))
                .forEach(f -> errors.putIfAbsent(f.getField(), f.getDefaultMessage()));
        return ApiProblem.answer(Refusal.of(HttpStatus.BAD_REQUEST, message, errors));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ApiProblem> unreadable(HttpMessageNotReadableException e) {
        return ApiProblem.answer(Refusal.of(HttpStatus.BAD_REQUEST, PlainReasons.unreadable(e)));
    }

    @ExceptionHandler({MissingServletRequestParameterException.class, MethodArgumentTypeMismatchException.class,
            DateTimeException.class, ArithmeticException.class})
    ResponseEntity<ApiProblem> badParameter(Exception e) {
        return ApiProblem.answer(Refusal.of(HttpStatus.BAD_REQUEST, PlainReasons.of(e)));
    }
}
