package org.scrutineer.identity;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.springframework.core.io.Resource;

/** The shapes of {@code config/directory.yaml} and {@code config/demo-users.yaml}. */
final class DirectoryFile {

    record GroupEntry(String id, String name, String type) {
    }

    record Grant(String resource, String resourceId, List<String> permissions) {
    }

    record GroupGrant(List<String> groups, String resource, String resourceId, List<String> permissions) {

        Grant grant() {
            return new Grant(resource, resourceId, permissions);
        }
    }

    /** A Tasklist filter; {@code query} is a task query as the engine REST API's filters take it. */
    record FilterEntry(String name, String description, int priority, Map<String, Object> query) {
    }

    /** A variable the Tasklist shows as a column of every filter's list. */
    record FilterColumn(String name, String label) {
    }

    record Directory(List<String> staff, List<GroupEntry> groups, List<Grant> staffGrants, List<GroupGrant> groupGrants,
                     List<Grant> withdrawnStaffGrants, String administrators, List<FilterEntry> filters,
                     List<FilterColumn> filterColumns) {

        Directory {
            groupGrants = groupGrants == null ? List.of() : groupGrants;
            withdrawnStaffGrants = withdrawnStaffGrants == null ? List.of() : withdrawnStaffGrants;
            filters = filters == null ? List.of() : filters;
            filterColumns = filterColumns == null ? List.of() : filterColumns;
        }
    }

    record UserEntry(String id, String firstName, String lastName, String email, List<String> groups) {
    }

    record DemoUsers(String password, String emailDomain, List<UserEntry> users) {
    }

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);

    private DirectoryFile() {
    }

    static <T> T read(Resource resource, Class<T> type) {
        try (InputStream in = resource.getInputStream()) {
            return YAML.readValue(in, type);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
    }
}
