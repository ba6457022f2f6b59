package org.iops.members.account;

import org.springframework.security.core.AuthenticationException;

/**
 * A login attempt refused by a rate limit before its password was checked: too many attempts from one address,
 * or too many wrong passwords for one account (whose owner is then emailed a one-time sign-in link).
 */
class LoginLimitedException extends AuthenticationException {

    private final long retryAfterSeconds;
    private final boolean accountPaused;
    private final String typedEmail;

    LoginLimitedException(long retryAfterSeconds, boolean accountPaused, String typedEmail) {
        super("Login attempts limited; retry after " + retryAfterSeconds + " s");
        this.retryAfterSeconds = retryAfterSeconds;
        this.accountPaused = accountPaused;
        this.typedEmail = typedEmail;
    }

    long retryAfterSeconds() {
        return retryAfterSeconds;
    }

    /** True when the account's password logins are paused, false when the client's address made too many tries. */
    boolean accountPaused() {
        return accountPaused;
    }

    String typedEmail() {
        return typedEmail;
    }
}
