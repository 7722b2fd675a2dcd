package org.scrutineer.meeting;

/** The officer the public and members contact about a committee, named on its agendas. */
public record ContactOfficer(String name, String role, String telephone, String email) {
}
