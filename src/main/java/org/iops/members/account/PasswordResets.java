package org.iops.members.account;

import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.Executor;
import org.iops.notifications.Parameter;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/** A forgotten password: the reset link by email, and the new password set through it. */
@Service
public class PasswordResets {

    private final MemberRepository members;
    private final Tokens tokens;
    private final PasswordEncoder passwords;
    private final AccountMail mail;
    private final Accounts accounts;
    private final Executor work;
    private final TransactionTemplate transactions;

    private final Clock clock;

    PasswordResets(MemberRepository members, Tokens tokens, PasswordEncoder passwords, AccountMail mail,
            Accounts accounts, @Qualifier(AccountWorkConfiguration.NAME) Executor work,
            TransactionTemplate transactions, Clock clock) {
        this.clock = clock;
        this.members = members;
        this.tokens = tokens;
        this.passwords = passwords;
        this.mail = mail;
        this.accounts = accounts;
        this.work = work;
        this.transactions = transactions;
    }

    /**
     * Sends a reset link if the address is registered; silent otherwise. Returns at once: the look-up, the link and
     * the email happen in the background, so a registered and an unregistered address take the same time.
     */
    public void requestPasswordReset(String email) {
        work.execute(() -> transactions.executeWithoutResult(status ->
                members.findByEmail(email).ifPresent(member -> {
                    String token = tokens.issue(member.id(), Tokens.Purpose.RESET_PASSWORD, null);
                    mail.toMember(member, "members.mail.reset", accounts.link("/password/reset/" + token),
                            Parameter.text(member.displayName()));
                })));
    }

    public Tokens.Check checkReset(String token) {
        return tokens.check(token, Tokens.Purpose.RESET_PASSWORD);
    }

    /**
     * Sets the new password; following the link proved the address, so it counts as verified. Ends all sessions and
     * every other pending link, and tells the member by email.
     */
    @Transactional
    public Tokens.Check resetPassword(String token, String newPassword) {
        Tokens.Check check = tokens.use(token, Tokens.Purpose.RESET_PASSWORD);
        if (check.valid()) {
            Instant now = clock.instant();
            members.updatePassword(check.memberId(), passwords.encode(newPassword), now);
            members.markVerified(check.memberId(), now);
            accounts.placeOnConfirmation(check.memberId());
            accounts.passwordChanged(check.memberId(), "members.mail.passwordReset");
            accounts.endSessions(check.memberId(), null);
        }
        return check;
    }
}
