package org.scrutineer.identity;

import java.time.Duration;
import java.util.Date;

import org.camunda.bpm.engine.impl.identity.db.DbIdentityServiceProvider;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The engine's own user directory, except that too many wrong passwords lock an account for a
 * while rather than for good. Every password check of the engine comes here (Scrutineer's sign-in,
 * the engine REST API's identity check, the webapps' own login), so the lock holds on every door
 * and on every node. A lock is stored as the account's lock expiry time: after
 * {@code maxAttempts} wrong passwords in a row, and again after each wrong password after that,
 * until the right one resets the count. An administrator's unlock resets it at once.
 */
class TemporaryLockIdentityProvider extends DbIdentityServiceProvider {

    private static final Logger log = LoggerFactory.getLogger(TemporaryLockIdentityProvider.class);

    private final int maxAttempts;
    private final Duration lockDuration;

    TemporaryLockIdentityProvider(int maxAttempts, Duration lockDuration) {
        this.maxAttempts = maxAttempts;
        this.lockDuration = lockDuration;
    }

    static SessionFactory factory(LoginSettings settings) {
        return new SessionFactory() {
            @Override
            public Class<?> getSessionType() {
                return TemporaryLockIdentityProvider.class;
            }

            @Override
            public Session openSession() {
                return new TemporaryLockIdentityProvider(settings.maxAttempts(), settings.lockDuration());
            }
        };
    }

    @Override
    protected boolean isUserLocked(UserEntity user) {
        Date lockedUntil = user.getLockExpirationTime();
        return lockedUntil != null && lockedUntil.after(ClockUtil.getCurrentTime());
    }

    @Override
    protected void lockUser(UserEntity user) {
        int attempts = user.getAttempts() + 1;
        Date lockedUntil = null;
        if (attempts >= maxAttempts) {
            lockedUntil = Date.from(ClockUtil.getCurrentTime().toInstant().plus(lockDuration));
            log.info("Account {} locked until {} after {} wrong passwords", user.getId(), lockedUntil.toInstant(), attempts);
        }
        getIdentityInfoManager().updateUserLock(user, attempts, lockedUntil);
    }
}
