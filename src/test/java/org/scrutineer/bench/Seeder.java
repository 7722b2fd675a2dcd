package org.scrutineer.bench;

import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.function.IntFunction;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

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

    /** Starts {@code count} instances of a one-task model, many to a transaction; answers the milliseconds taken. */
    double tasks(String processKey, int count, Instant due, IntFunction<Map<String, Object>> variablesFor) {
        RuntimeService runtime = node.bean(RuntimeService.class);
        TransactionTemplate transactions = new TransactionTemplate(node.bean(PlatformTransactionManager.class));
        long started = System.nanoTime();
        for (int from = 0; from < count; from += BATCH) {
            int first = from;
            int last = Math.min(from + BATCH, count);
            transactions.executeWithoutResult(status -> {
                for (int i = first; i < last; i++) {
                    Map<String, Object> variables = new HashMap<>(variablesFor.apply(i));
                    variables.put("due", Date.from(due));
                    runtime.startProcessInstanceByKey(processKey, variables);
                }
            });
        }
        return Timings.millisSince(started);
    }
}
