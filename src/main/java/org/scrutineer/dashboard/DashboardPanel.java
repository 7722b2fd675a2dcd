package org.scrutineer.dashboard;

import java.util.Optional;

import org.springframework.security.core.Authentication;

/** A chart a feature adds to the staff dashboard, for the people allowed to see its figures. */
public interface DashboardPanel {

    /** Orders panels on the page, lowest first. */
    int order();

    Optional<BarChart> chartFor(Authentication user);
}
