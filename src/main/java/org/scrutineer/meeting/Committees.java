package org.scrutineer.meeting;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.boot.context.properties.ConfigurationProperties;

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

    public Committee get(String id) {
        return find(id).orElseThrow(() -> new UnknownCommitteeException(id));
    }

    public List<Committee> all() {
        return List.copyOf(byId.values());
    }
}
