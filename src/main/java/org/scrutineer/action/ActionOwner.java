package org.scrutineer.action;

/**
 * Who answers an action: a staff user or a staff group (by their directory ids), or a partner's
 * contact, by name and email. {@code name} is also kept for a staff owner as the minutes named them.
 */
public record ActionOwner(String user, String group, String name, String email) {

    public static ActionOwner user(String userId, String name) {
        return new ActionOwner(userId, null, name, null);
    }

    public static ActionOwner group(String groupId, String name) {
        return new ActionOwner(null, groupId, name, null);
    }

    public static ActionOwner external(String name, String email) {
        return new ActionOwner(null, null, name, email);
    }

    public boolean isExternal() {
        return email != null;
    }
}
