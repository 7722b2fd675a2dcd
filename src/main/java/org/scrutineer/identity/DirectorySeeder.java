package org.scrutineer.identity;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.rest.dto.task.TaskQueryDto;
import org.camunda.bpm.engine.task.TaskQuery;
import org.scrutineer.identity.DirectoryFile.Directory;
import org.scrutineer.identity.DirectoryFile.FilterColumn;
import org.scrutineer.identity.DirectoryFile.FilterEntry;
import org.scrutineer.identity.DirectoryFile.Grant;
import org.scrutineer.identity.DirectoryFile.GroupEntry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Makes sure the groups of {@code config/directory.yaml}, their engine grants and the Tasklist
 * filters exist. It only adds what is missing, so it is safe on every start and in production,
 * except the grants listed as withdrawn, which it removes from staff groups wherever they are.
 */
@Component
@Order(1)
class DirectorySeeder implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DirectorySeeder.class);

    /** Reads a filter's query as the engine REST API reads one, refusing a key it does not know. */
    private static final ObjectMapper QUERIES = new ObjectMapper();

    private final IdentityService identityService;
    private final AuthorizationService authorizationService;
    private final FilterService filterService;
    private final ProcessEngine processEngine;
    private final org.springframework.core.io.Resource directoryFile;

    DirectorySeeder(IdentityService identityService, AuthorizationService authorizationService,
                    FilterService filterService, ProcessEngine processEngine,
                    @Value("${scrutineer.directory.groups}") org.springframework.core.io.Resource directoryFile) {
        this.identityService = identityService;
        this.authorizationService = authorizationService;
        this.filterService = filterService;
        this.processEngine = processEngine;
        this.directoryFile = directoryFile;
    }

    @Override
    public void run(ApplicationArguments args) {
        Directory directory = DirectoryFile.read(directoryFile, Directory.class);
        directory.groups().forEach(this::ensureGroup);
        for (String group : directory.staff()) {
            directory.withdrawnStaffGrants().forEach(grant -> withdraw(group, resource(grant.resource()), grant.resourceId()));
            directory.staffGrants().forEach(grant -> ensureGrant(group, resource(grant.resource()), grant.resourceId(),
                    permissions(grant)));
        }
        for (DirectoryFile.GroupGrant grant : directory.groupGrants()) {
            grant.groups().forEach(group -> ensureGrant(group, resource(grant.resource()), grant.resourceId(),
                    permissions(grant.grant())));
        }
        for (Resources resource : Resources.values()) {
            ensureGrant(directory.administrators(), resource, Authorization.ANY, Permissions.ALL);
        }
        OwnProfileIsReadOnly.reduceExistingGrants(authorizationService, identityService, directory.administrators());
        directory.filters().forEach(filter -> ensureFilter(filter, directory.filterColumns()));
        log.info("Directory ready: {} groups", directory.groups().size());
    }

    private void ensureGroup(GroupEntry entry) {
        if (identityService.createGroupQuery().groupId(entry.id()).count() == 0) {
            Group group = identityService.newGroup(entry.id());
            group.setName(entry.name());
            group.setType(entry.type() == null ? "WORKFLOW" : entry.type());
            identityService.saveGroup(group);
        }
    }

    private void ensureGrant(String groupId, Resource resource, String resourceId, Permission... permissions) {
        boolean present = authorizationService.createAuthorizationQuery()
                .groupIdIn(groupId).resourceType(resource).resourceId(resourceId).count() > 0;
        if (!present) {
            Authorization authorization = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
            authorization.setGroupId(groupId);
            authorization.setResource(resource);
            authorization.setResourceId(resourceId);
            for (Permission permission : permissions) {
                authorization.addPermission(permission);
            }
            authorizationService.saveAuthorization(authorization);
        }
    }

    private void withdraw(String groupId, Resource resource, String resourceId) {
        authorizationService.createAuthorizationQuery().groupIdIn(groupId).resourceType(resource).resourceId(resourceId).list()
                .forEach(authorization -> {
                    authorizationService.deleteAuthorization(authorization.getId());
                    log.info("Withdrew {} {} from group {}", resource.resourceName(), resourceId, groupId);
                });
    }

    private void ensureFilter(FilterEntry entry, List<FilterColumn> columns) {
        if (filterService.createFilterQuery().filterName(entry.name()).count() > 0) {
            return;
        }
        TaskQuery query = QUERIES.convertValue(entry.query(), TaskQueryDto.class).toQuery(processEngine);
        List<Map<String, String>> variables = columns.stream()
                .map(column -> Map.of("name", column.name(), "label", column.label())).toList();
        Filter filter = filterService.newTaskFilter(entry.name())
                .setQuery(query)
                .setProperties(Map.of("priority", entry.priority(), "refresh", true, "description", entry.description(),
                        "variables", variables));
        filterService.saveFilter(filter);
        log.info("Created the Tasklist filter \"{}\"", entry.name());
    }

    private static Resource resource(String name) {
        return Resources.valueOf(name);
    }

    private static Permission[] permissions(Grant grant) {
        return grant.permissions().stream().map(Permissions::valueOf).toArray(Permission[]::new);
    }
}
