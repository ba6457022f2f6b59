package org.iops.members.account;

import java.time.Duration;
import org.iops.web.RateLimiter.Limit;

/**
 * How often the account forms may be used, per IP address and per account. Generous for a person (a chapter
 * meeting joining on one Wi-Fi), tight for a script guessing passwords or probing addresses. Only attempts that
 * reach the account logic count: a form sent back for a typo costs nothing. docs/accounts.md lists them.
 */
final class Limits {

    /** Every login attempt with an email address that reaches the password check. */
    static final Limit LOGIN_PER_IP = new Limit("login-ip", 20, Duration.ofMinutes(10));
    /** Wrong passwords per account (or per unregistered address, so that both answer alike). */
    static final Limit LOGIN_PER_ACCOUNT = new Limit("login-account", 10, Duration.ofMinutes(15));
    /** Emails offering a one-time sign-in link to the owner of an account whose password logins are paused. */
    static final Limit SIGN_IN_LINK_MAILS = new Limit("sign-in-link", 1, Duration.ofMinutes(15));
    static final Limit JOIN_PER_IP = new Limit("join-ip", 30, Duration.ofHours(1));
    static final Limit JOIN_PER_ACCOUNT = new Limit("join-account", 3, Duration.ofHours(1));
    static final Limit RESET_PER_IP = new Limit("reset-ip", 10, Duration.ofHours(1));
    /** Reset emails per address; beyond it nothing more is sent and the last link keeps working. */
    static final Limit RESET_MAILS_PER_ACCOUNT = new Limit("reset-account", 3, Duration.ofHours(1));
    static final Limit RESEND_PER_IP = new Limit("resend-ip", 10, Duration.ofHours(1));
    static final Limit RESEND_PER_ACCOUNT = new Limit("resend-account", 3, Duration.ofHours(1));
    /** Wrong current passwords on the forms of a signed-in member (new password, new address, deletion). */
    static final Limit PASSWORD_REENTRY = new Limit("password-reentry", 5, Duration.ofMinutes(15));

    private Limits() {
    }

    /** A wait in whole minutes, rounded up, for the pages that say how long to wait. */
    static long minutes(long retryAfterSeconds) {
        return Math.max(1, (retryAfterSeconds + 59) / 60);
    }
}
