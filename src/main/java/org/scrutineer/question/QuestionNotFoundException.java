package org.scrutineer.question;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

@ResponseStatus(HttpStatus.NOT_FOUND)
class QuestionNotFoundException extends RuntimeException {

    QuestionNotFoundException(String reference) {
        super("There is no question with the reference " + reference);
    }
}
