package org.scrutineer.bench;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;

/** Puts people, groups and open tasks into a node through the engine's own services. */
final class Seeder {

    private static final int BATCH = 500;

    private final BenchNode node;

    Seeder(BenchNode node) {
        this.node = node;
    }

    void group(String id) {
        IdentityService identity = node.bean(IdentityService.class);
        if (identity.createGroupQuery().groupId(id).count() == 0) {
            Group group = identity.newGroup(id);
            group.setName(id);
            group.setType("WORKFLOW");
            identity.saveGroup(group);
        }
    }

    void user(String id, String email, String... groups) {
        IdentityService identity = node.bean(IdentityService.class);
        User user = identity.newUser(id);
        user.setFirstName("Bench");
        user.setLastName(id);
        user.setEmail(email);
        user.setPassword("bench");
        identity.saveUser(user);
        for (String group : groups) {
            identity.createMembership(id, group);
        }
    }

    void giveEmail(String id, String email) {
        IdentityService identity = node.bean(IdentityService.class);
        User user = identity.createUserQuery().userId(id).singleResult();
        user.setEmail(email);
        identity.saveUser(user);
    }

    /**
     * Creates {@code count} open tasks, {@value #BATCH} to a process instance; task {@code i} is for
     * {@code itemFor(i)}. Answers the milliseconds taken.
     */
    double tasks(String processKey, int count, Instant due, IntFunction<String> itemFor) {
        RuntimeService runtime = node.bean(RuntimeService.class);
        long started = System.nanoTime();
        for (int from = 0; from < count; from += BATCH) {
            List<String> items = new ArrayList<>();
            for (int i = from; i < Math.min(from + BATCH, count); i++) {
                items.add(itemFor.apply(i));
            }
            Map<String, Object> variables = new HashMap<>();
            variables.put("items", items);
            variables.put("due", Date.from(due));
            runtime.startProcessInstanceByKey(processKey, variables);
        }
        return Timings.millisSince(started);
    }
}
