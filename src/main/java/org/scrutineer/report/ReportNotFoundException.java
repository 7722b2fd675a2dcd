package org.scrutineer.report;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

@ResponseStatus(HttpStatus.NOT_FOUND)
public class ReportNotFoundException extends RuntimeException {

    ReportNotFoundException(long id) {
        super("There is no report with the id " + id);
    }
}
