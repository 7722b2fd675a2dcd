package org.scrutineer.report;

import java.util.Arrays;
import java.util.Optional;

/** The reviewer roles of the report template, in the order the template lists them. */
public enum ReviewerRole {
    GOVERNANCE("governance", "Governance"),
    FINANCE("finance", "Finance"),
    LEGAL("legal", "Legal"),
    COMMUNICATIONS("communications", "Communications"),
    EQUALITY("equality", "Equality Duty"),
    PROCUREMENT("procurement", "Procurement"),
    RISK("risk", "Risk");

    private final String id;
    private final String title;

    ReviewerRole(String id, String title) {
        this.id = id;
        this.title = title;
    }

    public String id() {
        return id;
    }

    public String title() {
        return title;
    }

    /** The Camunda group whose members review for this role. */
    public String group() {
        return "reviewers-" + id;
    }

    /** The form's checkbox for this role in approveReviewers. */
    public String checkbox() {
        return id + "Review";
    }

    /** The form's field naming one person to review for this role. */
    public String namedReviewer() {
        return id + "Reviewer";
    }

    public static Optional<ReviewerRole> fromId(String id) {
        return Arrays.stream(values()).filter(r -> r.id.equals(id)).findFirst();
    }
}
