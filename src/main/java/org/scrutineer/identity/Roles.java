package org.scrutineer.identity;

/** Camunda group ids used by Scrutineer's own code (DESIGN §5). */
public final class Roles {

    public static final String DEMOCRATIC_SERVICES = "democratic-services";
    public static final String ADMIN = "camunda-admin";

    private Roles() {
    }
}
