package org.scrutineer.meeting;

public class UnknownCommitteeException extends RuntimeException {

    public UnknownCommitteeException(String id) {
        super("There is no committee with the id '" + id + "'");
    }
}
