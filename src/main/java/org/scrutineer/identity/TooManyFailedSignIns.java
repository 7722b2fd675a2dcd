package org.scrutineer.identity;

import java.time.Instant;

import org.springframework.security.authentication.LockedException;

/** A sign-in refused without looking at the password, until {@code until}. */
class TooManyFailedSignIns extends LockedException {

    /** Whose failures led to it: the account's own, or those of the caller's address. */
    enum Source { ACCOUNT, ADDRESS }

    private final Source source;
    private final Instant until;

    TooManyFailedSignIns(Source source, Instant until) {
        super(source == Source.ACCOUNT ? "Too many wrong passwords for this account" : "Too many failed sign-ins from this address");
        this.source = source;
        this.until = until;
    }

    Source source() {
        return source;
    }

    Instant until() {
        return until;
    }
}
