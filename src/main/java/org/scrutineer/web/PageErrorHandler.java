package org.scrutineer.web;

import java.time.DateTimeException;
import java.util.Map;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

/**
 * A page asked for with a value it cannot use (a date of the wrong shape or out of range, a number
 * too large) or refused by a rule gets a page that says why in plain English, never a 500 or Java's
 * own words; a page of something that is not there is "Page not found".
 */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class PageErrorHandler {

    @ExceptionHandler({MissingServletRequestParameterException.class, MethodArgumentTypeMismatchException.class,
            DateTimeException.class, ArithmeticException.class})
    ModelAndView badValue(Exception e) {
        return new ModelAndView("error/400", Map.of("problem", PlainReasons.of(e)), HttpStatus.BAD_REQUEST);
    }

    @ExceptionHandler(Refusal.class)
    ModelAndView refused(Refusal refusal) {
        return new ModelAndView("error/400", Map.of("problem", refusal.reason()), refusal.getStatusCode());
    }

    @ExceptionHandler(NotFound.class)
    ModelAndView notFound() {
        return new ModelAndView("error/404", Map.of(), HttpStatus.NOT_FOUND);
    }
}
