package org.iops.members.account;

import java.time.Duration;
import org.iops.web.RateLimiter.Limit;

/**
 * How often the account forms may be used, per IP address and per address typed into them. Generous for a person,
 * tight for a script guessing passwords or probing addresses.
 */
final class Limits {

    static final Limit LOGIN_PER_IP = new Limit("login-ip", 20, Duration.ofMinutes(10));
    static final Limit LOGIN_PER_ACCOUNT = new Limit("login-account", 10, Duration.ofMinutes(15));
    static final Limit JOIN_PER_IP = new Limit("join-ip", 10, Duration.ofHours(1));
    static final Limit JOIN_PER_ACCOUNT = new Limit("join-account", 3, Duration.ofHours(1));
    static final Limit RESET_PER_IP = new Limit("reset-ip", 10, Duration.ofHours(1));
    static final Limit RESET_PER_ACCOUNT = new Limit("reset-account", 3, Duration.ofHours(1));
    static final Limit RESEND_PER_IP = new Limit("resend-ip", 10, Duration.ofHours(1));
    static final Limit RESEND_PER_ACCOUNT = new Limit("resend-account", 3, Duration.ofHours(1));

    private Limits() {
    }
}
