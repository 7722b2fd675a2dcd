package org.scrutineer.identity;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.authorization.Resources;
import org.scrutineer.identity.DirectoryFile.Directory;
import org.scrutineer.identity.DirectoryFile.GroupEntry;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

/**
 * The processes whose definitions {@code config/directory.yaml} grants to some staff groups only
 * (IRO disputes, which concern looked-after children). Their tasks, mail and figures belong to
 * those groups and to administrators, and to nobody else on any path.
 */
@Component
public class RestrictedProcesses {

    private final Map<String, Set<String>> groupsByProcess = new LinkedHashMap<>();
    private final Map<String, String> groupNames;
    private final String administrators;

    RestrictedProcesses(@Value("${scrutineer.directory.groups}") Resource directoryFile) {
        Directory directory = DirectoryFile.read(directoryFile, Directory.class);
        for (DirectoryFile.GroupGrant grant : directory.groupGrants()) {
            if (Resources.PROCESS_DEFINITION.name().equals(grant.resource()) && grant.permissions().contains("READ")) {
                groupsByProcess.computeIfAbsent(grant.resourceId(), key -> new LinkedHashSet<>()).addAll(grant.groups());
            }
        }
        groupNames = directory.groups().stream().collect(Collectors.toMap(GroupEntry::id, GroupEntry::name, (a, b) -> a));
        administrators = directory.administrators();
    }

    public boolean isRestricted(String processKey) {
        return processKey != null && groupsByProcess.containsKey(processKey);
    }

    /** The groups that may see the process, or nothing if every member of staff may. */
    public Optional<Set<String>> groupsFor(String processKey) {
        return Optional.ofNullable(processKey == null ? null : groupsByProcess.get(processKey));
    }

    public Set<String> keys() {
        return groupsByProcess.keySet();
    }

    /** Whether someone in {@code groups} may see what belongs to the process. */
    public boolean maySee(String processKey, Collection<String> groups) {
        return groups.contains(administrators)
                || groupsFor(processKey).map(allowed -> allowed.stream().anyMatch(groups::contains)).orElse(true);
    }

    /**
     * Who may see something that concerns all of {@code processKeys}: the groups every restricted
     * one of them shares, or nothing if none is restricted. An empty set means administrators only.
     */
    public Optional<Set<String>> audienceOf(Collection<String> processKeys) {
        Set<String> audience = null;
        for (String key : processKeys) {
            Set<String> allowed = groupsByProcess.get(key);
            if (allowed != null) {
                if (audience == null) {
                    audience = new LinkedHashSet<>(allowed);
                } else {
                    audience.retainAll(allowed);
                }
            }
        }
        return Optional.ofNullable(audience);
    }

    public boolean isAdministrator(Collection<String> groups) {
        return groups.contains(administrators);
    }

    public String administrators() {
        return administrators;
    }

    /** The groups' names as people know them, in words: "Independent reviewing officers, Team managers or ...". */
    public String inWords(Collection<String> groups) {
        List<String> names = groups.stream().map(g -> groupNames.getOrDefault(g, g)).toList();
        if (names.size() <= 1) {
            return String.join("", names);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " or " + names.get(names.size() - 1);
    }
}
