package org.scrutineer.identity;

import java.util.List;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/** The groups of a signed-in person: each of their Spring authorities is a Camunda group. */
public final class StaffGroups {

    private StaffGroups() {
    }

    public static List<String> of(Authentication person) {
        return person == null ? List.of() : person.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList();
    }
}
