package org.scrutineer.web;

import java.util.Collection;
import java.util.List;

import org.springframework.security.core.GrantedAuthority;

/**
 * An entry on the staff home page. Each feature declares its own as beans; {@code groups} lists
 * who sees it (empty: every signed-in person), {@code order} where it stands.
 */
public record StaffLink(int order, String title, String href, String description, List<String> groups) {

    public StaffLink {
        groups = groups == null ? List.of() : List.copyOf(groups);
    }

    public boolean visibleTo(Collection<? extends GrantedAuthority> authorities) {
        return groups.isEmpty() || authorities.stream().map(GrantedAuthority::getAuthority).anyMatch(groups::contains);
    }
}
