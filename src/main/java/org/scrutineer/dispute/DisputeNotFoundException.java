package org.scrutineer.dispute;

public class DisputeNotFoundException extends RuntimeException {

    DisputeNotFoundException(long id) {
        super("There is no dispute with the id " + id);
    }
}
