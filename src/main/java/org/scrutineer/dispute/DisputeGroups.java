package org.scrutineer.dispute;

import java.util.List;

/** The only groups that may see disputes: the IRO service and children's social care managers. */
public final class DisputeGroups {

    public static final String IRO = "iro";
    public static final String TEAM_MANAGERS = "team-managers";
    public static final String SERVICE_MANAGERS = "service-managers";
    public static final String HEADS_OF_SERVICE = "heads-of-service";
    public static final String SERVICE_DIRECTORS = "service-directors";

    /** Everyone who may see a dispute. */
    public static final List<String> ALL = List.of(IRO, TEAM_MANAGERS, SERVICE_MANAGERS, HEADS_OF_SERVICE, SERVICE_DIRECTORS);

    /** Who may be asked to respond to a dispute. */
    public static final List<String> RESPONDENTS = List.of(TEAM_MANAGERS, SERVICE_MANAGERS, HEADS_OF_SERVICE, SERVICE_DIRECTORS);

    /** The respondents, as a pattern a request's field must match and in words. */
    static final String RESPONDENT_PATTERN = TEAM_MANAGERS + "|" + SERVICE_MANAGERS + "|" + HEADS_OF_SERVICE + "|" + SERVICE_DIRECTORS;
    static final String RESPONDENT_WORDS = TEAM_MANAGERS + ", " + SERVICE_MANAGERS + ", " + HEADS_OF_SERVICE + ", " + SERVICE_DIRECTORS;

    private DisputeGroups() {
    }

    static String[] all() {
        return ALL.toArray(String[]::new);
    }
}
