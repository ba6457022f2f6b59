package org.iops.members.account;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executor;
import org.iops.members.MemberDeleted;
import org.iops.members.MemberJoined;
import org.iops.members.MemberResidenceChanged;
import org.iops.members.privacy.PrivacySettings;
import org.iops.notifications.Parameter;
import org.iops.shared.TooManyRequestsException;
import org.iops.web.RateLimiter;
import org.iops.units.Placement;
import org.iops.units.Residence;
import org.iops.units.UnitDirectory;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.rememberme.PersistentTokenRepository;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What members do with their accounts: join, verify their address, change their password, address, profile,
 * residence and privacy, end their other sessions and delete their account ({@link PasswordResets} for a forgotten
 * password). Each is one transaction; the
 * emails they cause leave after it commits.
 */
@Service
public class Accounts {

    /** What someone typed into the join form, already checked and cleaned. */
    public record JoinRequest(String email, String password, String displayName, @Nullable String realName,
            @Nullable String bio, Residence residence, Locale language) {
    }

    private final MemberRepository members;
    private final Tokens tokens;
    private final PasswordEncoder passwords;
    private final UnitDirectory units;
    private final AccountMail mail;
    private final ApplicationEventPublisher events;
    private final FindByIndexNameSessionRepository<? extends Session> sessions;
    private final PersistentTokenRepository rememberMe;
    private final String baseUrl;
    private final RateLimiter limiter;
    private final Executor work;
    private final TransactionTemplate transactions;

    private final Clock clock;

    Accounts(MemberRepository members, Tokens tokens, PasswordEncoder passwords, UnitDirectory units, AccountMail mail,
            ApplicationEventPublisher events, FindByIndexNameSessionRepository<? extends Session> sessions,
            PersistentTokenRepository rememberMe, RateLimiter limiter, @Value("${iops.base-url}") String baseUrl,
            @Qualifier(AccountWorkConfiguration.NAME) Executor work, TransactionTemplate transactions, Clock clock) {
        this.clock = clock;
        this.limiter = limiter;
        this.work = work;
        this.transactions = transactions;
        this.members = members;
        this.tokens = tokens;
        this.passwords = passwords;
        this.units = units;
        this.mail = mail;
        this.events = events;
        this.sessions = sessions;
        this.rememberMe = rememberMe;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /**
     * Creates an unverified member and sends the verification email; the member is placed by residence (and so
     * appears in a branch and a chapter) only when they confirm the address. When the address is
     * already registered nothing is created and the address is told that someone tried to join with it, so the
     * answer on the page is the same either way.
     */
    @Transactional
    public void join(JoinRequest request) {
        // hashed and checked in both cases: neither the time taken nor a refused town tells whether the address
        // is registered
        String hash = passwords.encode(request.password());
        Residence residence = units.check(request.residence());
        var existing = members.findByEmail(request.email());
        if (existing.isPresent() || members.emailTaken(request.email())) {
            Locale locale = existing.map(Member::locale).orElse(request.language());
            mail.toAddress(MemberRepository.normalizeEmail(request.email()), locale,
                    "members.mail.joinAgain", link("/password/reset"));
            return;
        }
        UUID id = UUID.randomUUID();
        members.insert(id, request.email(), hash, request.displayName(), request.realName(), request.bio(),
                residence, request.language().getLanguage(), clock.instant());
        String token = tokens.issue(id, Tokens.Purpose.VERIFY_EMAIL, null);
        mail.toAddress(MemberRepository.normalizeEmail(request.email()), request.language(),
                "members.mail.verify", link("/verify/" + token), Parameter.text(request.displayName()));
    }

    /**
     * A confirmed address places the member by the residence they joined with: only now do they count in a branch
     * and a chapter (perhaps a new provisional one), so a sign-up nobody confirms creates and shows nothing.
     */
    void placeOnConfirmation(UUID memberId) {
        if (units.placementOf(memberId).isPresent()) {
            return;
        }
        members.findById(memberId).ifPresent(member -> {
            Placement placement = units.place(memberId, member.residence());
            events.publishEvent(new MemberJoined(memberId, placement.branch().id(), placement.chapter().id()));
        });
    }

    /**
     * Records when the person joining with this address agreed to the privacy policy, on the account that is
     * waiting for its confirmation (a confirmed account keeps the consent it gave when it joined).
     */
    @Transactional
    public void recordPrivacyConsent(String email, Instant at) {
        members.recordPrivacyConsent(email, at);
    }

    /** Whether a join failed only because another join took the address at the same moment. */
    public static boolean isDuplicate(RuntimeException failure) {
        return failure instanceof DuplicateKeyException;
    }

    public Tokens.Check checkVerification(String token) {
        return tokens.check(token, Tokens.Purpose.VERIFY_EMAIL);
    }

    @Transactional
    public Tokens.Check verify(String token) {
        Tokens.Check check = tokens.use(token, Tokens.Purpose.VERIFY_EMAIL);
        if (check.valid()) {
            members.markVerified(check.memberId(), clock.instant());
            placeOnConfirmation(check.memberId());
        }
        return check;
    }

    /**
     * Sends a fresh verification link if the address belongs to an unverified member; silent otherwise. Returns at
     * once: the look-up and the email happen in the background, so the time taken tells nothing.
     */
    public void resendVerification(String email) {
        work.execute(() -> transactions.executeWithoutResult(status ->
                members.findByEmail(email).filter(m -> !m.verified()).ifPresent(member -> {
                    String token = tokens.issue(member.id(), Tokens.Purpose.VERIFY_EMAIL, null);
                    mail.toAddress(member.email(), member.locale(), "members.mail.verify",
                            link("/verify/" + token), Parameter.text(member.displayName()));
                })));
    }

    /**
     * Whether the password is the signed-in member's, for the forms that ask for it again. Wrong ones count against
     * a limit per member, so a stolen session cannot guess it: past the limit this throws
     * {@link TooManyRequestsException} without checking.
     */
    public boolean passwordMatches(UUID memberId, String password) {
        limiter.check(Limits.PASSWORD_REENTRY, memberId.toString());
        boolean matches = password != null && members.findById(memberId)
                .map(m -> passwords.matches(password, m.passwordHash())).orElse(false);
        if (!matches) {
            limiter.charge(Limits.PASSWORD_REENTRY, memberId.toString());
        }
        return matches;
    }

    @Transactional
    public void changePassword(UUID memberId, String newPassword, @Nullable String currentSessionId) {
        members.updatePassword(memberId, passwords.encode(newPassword), clock.instant());
        passwordChanged(memberId, "members.mail.passwordChanged");
        endSessions(memberId, currentSessionId);
    }

    /** After every new password: no earlier reset or sign-in link works any more, and the member is told. */
    void passwordChanged(UUID memberId, String mailKey) {
        tokens.forget(memberId, Tokens.Purpose.RESET_PASSWORD);
        tokens.forget(memberId, Tokens.Purpose.SIGN_IN);
        members.findById(memberId).ifPresent(member -> mail.toMember(member, mailKey, link("/password/reset"),
                Parameter.text(member.displayName())));
    }

    /**
     * Sends a confirmation link to the new address and a notice to the old one. If the new address belongs to
     * someone else, that address is told instead, and the page answers the same.
     */
    @Transactional
    public void requestEmailChange(UUID memberId, String newEmail) {
        Member member = members.findById(memberId).orElseThrow();
        String normalized = MemberRepository.normalizeEmail(newEmail);
        if (normalized.equals(member.email())) {
            return;
        }
        if (members.emailTaken(normalized)) {
            mail.toAddress(normalized, member.locale(), "members.mail.emailTaken", link("/password/reset"));
            return;
        }
        String token = tokens.issue(memberId, Tokens.Purpose.CHANGE_EMAIL, normalized);
        mail.toAddress(normalized, member.locale(), "members.mail.confirmEmail",
                link("/verify/email/" + token), Parameter.text(member.displayName()));
        mail.toMember(member, "members.mail.emailChanging", null, Parameter.text(member.displayName()),
                Parameter.text(normalized));
    }

    public Tokens.Check checkEmailChange(String token) {
        return tokens.check(token, Tokens.Purpose.CHANGE_EMAIL);
    }

    /** Switches to the confirmed address. Throws {@link DuplicateKeyException} if it was taken meanwhile. */
    @Transactional
    public Tokens.Check confirmEmailChange(String token) {
        Tokens.Check check = tokens.use(token, Tokens.Purpose.CHANGE_EMAIL);
        if (check.valid()) {
            members.updateEmail(check.memberId(), check.newEmail(), clock.instant());
        }
        return check;
    }

    @Transactional
    public void updateProfile(UUID memberId, String displayName, @Nullable String realName, @Nullable String bio) {
        members.updateProfile(memberId, displayName, realName, bio, clock.instant());
    }

    /** Moves the member to the branch and chapter of their new residence; the units module keeps the history. */
    @Transactional
    public Placement changeResidence(UUID memberId, Residence residence) {
        members.updateResidence(memberId, residence, clock.instant());
        Placement placement = units.place(memberId, residence);
        events.publishEvent(new MemberResidenceChanged(memberId, placement.branch().id(), placement.chapter().id()));
        return placement;
    }

    @Transactional
    public void updatePrivacy(UUID memberId, PrivacySettings settings) {
        members.updatePrivacy(memberId, settings, clock.instant());
    }

    /** Ends every session of the member but the given one, and forgets every remember-me token. */
    public int endSessions(UUID memberId, @Nullable String keepSessionId) {
        int ended = 0;
        Map<String, ? extends Session> found = sessions.findByPrincipalName(memberId.toString());
        for (String sessionId : found.keySet()) {
            if (!sessionId.equals(keepSessionId)) {
                sessions.deleteById(sessionId);
                ended++;
            }
        }
        rememberMe.removeUserTokens(memberId.toString());
        return ended;
    }

    /**
     * Deletes the account: personal data, tokens and sessions go, and every module erases its part (memberships,
     * roles, authorship) on {@link MemberDeleted}; a tombstone row stays so that what the member wrote is shown as by
     * a former member.
     */
    @Transactional
    public void delete(UUID memberId) {
        // told at the address the account had, which is gone once the account is; sent after the commit
        members.findById(memberId).ifPresent(member -> mail.toAddress(member.email(), member.locale(),
                "members.mail.deleted", null, Parameter.text(member.displayName())));
        tokens.forgetAll(memberId);
        endSessions(memberId, null);
        // every module erases its part (PersonalData) on this event, in this transaction
        events.publishEvent(new MemberDeleted(memberId));
        members.tombstone(memberId, clock.instant());
    }

    /** The language the member chose on their page for every email to them (at first, the one they joined in). */
    @Transactional
    public void chooseLanguage(UUID memberId, Locale locale) {
        members.updateLanguage(memberId, locale.getLanguage());
    }

    /** An absolute address on this site, from the configured base URL (never from a request's Host header). */
    String link(String path) {
        return baseUrl + path;
    }

    /** Whether the text has the shape of an email address (the login form accepts nothing else). */
    static boolean looksLikeEmail(String text) {
        int at = text.indexOf('@');
        return at > 0 && at == text.lastIndexOf('@') && at < text.length() - 1 && text.length() <= 254
                && text.chars().noneMatch(Character::isWhitespace);
    }
}
