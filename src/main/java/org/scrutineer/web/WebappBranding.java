package org.scrutineer.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import org.scrutineer.calendar.AppClock;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The configuration file each Camunda webapp reads at start ({@code app/<name>/scripts/config.js}),
 * answered in place of the jar's, so Tasklist, Cockpit and Admin carry the council's name from
 * {@code scrutineer.council-name} and show dates the British way (14 March 2027 09:30) rather than
 * the American default, on the council's clock ({@code webapps/london-time.js}) whatever zone the
 * reader's computer is in. Each app's {@code styles/user-styles.css} is one stylesheet for all three
 * ({@code webapps/user-styles.css}): the council's logo, and no end-of-life banner. Both sit under
 * {@code /camunda/app/}, behind the webapps' login.
 */
@RestController
class WebappBranding {

    static final Map<String, String> APP_NAMES = Map.of("tasklist", "Tasklist", "cockpit", "Cockpit", "admin", "Admin");

    /** moment.js formats, as the webapps take them: day before month, 24-hour clock. */
    static final Map<String, String> DATE_FORMATS = Map.of(
            "monthName", "MMMM",
            "day", "D",
            "abbr", "D MMM YYYY, HH:mm",
            "normal", "D MMMM YYYY, HH:mm",
            "long", "dddd D MMMM YYYY, HH:mm",
            "short", "D MMMM YYYY");

    /** The Tasklist's keyboard shortcuts, as its own configuration ships them. */
    private static final Map<String, Object> TASKLIST_SHORTCUTS = Map.of(
            "claimTask", shortcut("ctrl+alt+c", "claims the currently selected task"),
            "focusFilter", shortcut("ctrl+shift+f", "set the focus to the first filter in the list"),
            "focusList", shortcut("ctrl+alt+l", "sets the focus to the first task in the list"),
            "focusForm", shortcut("ctrl+alt+f", "sets the focus to the first input field in a task form"),
            "startProcess", shortcut("ctrl+alt+p", "opens the start process modal dialog"));

    private static final Resource STYLES = new ClassPathResource("webapps/user-styles.css");
    private static final String LONDON_TIME_MODULE = "scrutineer-london-time";

    private final String londonTimeScript;

    private final SiteSettings site;
    private final ObjectMapper json;

    WebappBranding(SiteSettings site, ObjectMapper json) {
        this.site = site;
        this.json = json;
        this.londonTimeScript = read(new ClassPathResource("webapps/london-time.js")).replace("__ZONE__", AppClock.LONDON.getId());
    }

    @GetMapping("/camunda/app/{app:tasklist|cockpit|admin}/scripts/config.js")
    ResponseEntity<String> config(@PathVariable String app, HttpServletRequest request) throws JsonProcessingException {
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("app", Map.of("name", APP_NAMES.get(app), "vendor", site.getCouncilName()));
        config.put("dateFormat", DATE_FORMATS);
        config.put("locales", Map.of("availableLocales", List.of("en"), "fallbackLocale", "en"));
        config.put("requireJsConfig", Map.of(
                "deps", List.of(LONDON_TIME_MODULE),
                "ngDeps", List.of("scrutineer.londonTime"),
                "paths", Map.of(LONDON_TIME_MODULE, request.getContextPath() + "/camunda/app/" + app + "/scripts/london-time")));
        if (app.equals("tasklist")) {
            config.put("shortcuts", TASKLIST_SHORTCUTS);
        }
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "javascript", StandardCharsets.UTF_8))
                .cacheControl(CacheControl.noCache())
                .body("export default " + json.writeValueAsString(config) + ";\n");
    }

    @GetMapping("/camunda/app/{app:tasklist|cockpit|admin}/scripts/london-time.js")
    ResponseEntity<String> londonTime() {
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "javascript", StandardCharsets.UTF_8))
                .cacheControl(CacheControl.noCache())
                .body(londonTimeScript);
    }

    @GetMapping("/camunda/app/{app:tasklist|cockpit|admin}/styles/user-styles.css")
    ResponseEntity<Resource> styles() {
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "css", StandardCharsets.UTF_8))
                .cacheControl(CacheControl.noCache())
                .body(STYLES);
    }

    private static String read(Resource resource) {
        try {
            return resource.getContentAsString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, String> shortcut(String key, String description) {
        return Map.of("key", key, "description", description);
    }
}
