package org.scrutineer.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Settings every page shows, read from {@code config/application.yaml}. */
@Component("siteSettings")
public class SiteSettings {

    private final String councilName;

    SiteSettings(@Value("${scrutineer.council-name}") String councilName) {
        this.councilName = councilName;
    }

    public String getCouncilName() {
        return councilName;
    }
}
