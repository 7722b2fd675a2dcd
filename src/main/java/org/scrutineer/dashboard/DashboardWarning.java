package org.scrutineer.dashboard;

import java.util.Optional;

import org.springframework.security.core.Authentication;

/** A warning a feature puts at the top of the staff dashboard for the people who should act on it. */
public interface DashboardWarning {

    Optional<String> warningFor(Authentication user);
}
