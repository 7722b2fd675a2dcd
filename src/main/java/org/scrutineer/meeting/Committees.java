package org.scrutineer.meeting;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.scrutineer.web.NotFound;
import org.scrutineer.web.Refusal;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.http.HttpStatus;

@ConfigurationProperties("scrutineer")
public class Committees {

    private final Map<String, Committee> byId = new LinkedHashMap<>();

    public Committees(List<Committee> committees) {
        if (committees != null) {
            committees.forEach(c -> byId.put(c.id(), c));
        }
    }

    public Optional<Committee> find(String id) {
        return Optional.ofNullable(id).map(byId::get);
    }

    /** The committee an address names. */
    public Committee get(String id) {
        return find(id).orElseThrow(() -> new NotFound(unknown(id)));
    }

    /** The committee a request names as one of its values. */
    public Committee named(String id) {
        return find(id).orElseThrow(() -> Refusal.of(HttpStatus.BAD_REQUEST, unknown(id)));
    }

    private static String unknown(String id) {
        return "There is no committee with the id '" + id + "'";
    }

    public List<Committee> all() {
        return List.copyOf(byId.values());
    }
}
