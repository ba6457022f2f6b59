package org.iops.members.account;

import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.iops.members.MemberDeleted;
import org.iops.members.MemberJoined;
import org.iops.members.MemberResidenceChanged;
import org.iops.members.privacy.PrivacySettings;
import org.iops.notifications.Email;
import org.iops.notifications.Mailer;
import org.iops.units.Placement;
import org.iops.units.Residence;
import org.iops.units.UnitDirectory;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.rememberme.PersistentTokenRepository;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What members do with their accounts: join, verify their address, reset a password, change their address,
 * profile, residence and privacy, end their other sessions and delete their account. Each is one transaction; the
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
    private final Mailer mailer;
    private final ApplicationEventPublisher events;
    private final FindByIndexNameSessionRepository<? extends Session> sessions;
    private final PersistentTokenRepository rememberMe;
    private final String baseUrl;

    Accounts(MemberRepository members, Tokens tokens, PasswordEncoder passwords, UnitDirectory units, Mailer mailer,
            ApplicationEventPublisher events, FindByIndexNameSessionRepository<? extends Session> sessions,
            PersistentTokenRepository rememberMe, @Value("${iops.base-url}") String baseUrl) {
        this.members = members;
        this.tokens = tokens;
        this.passwords = passwords;
        this.units = units;
        this.mailer = mailer;
        this.events = events;
        this.sessions = sessions;
        this.rememberMe = rememberMe;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /**
     * Creates an unverified member placed by residence and sends the verification email. When the address is
     * already registered nothing is created and the address is told that someone tried to join with it, so the
     * answer on the page is the same either way.
     */
    @Transactional
    public void join(JoinRequest request) {
        // hashed in both cases so that the time taken does not tell whether the address is registered
        String hash = passwords.encode(request.password());
        var existing = members.findByEmail(request.email());
        if (existing.isPresent() || members.emailTaken(request.email())) {
            Locale locale = existing.map(Member::locale).orElse(request.language());
            mailer.send(Email.of(MemberRepository.normalizeEmail(request.email()), locale,
                    "members.mail.joinAgain", link("/password/reset")));
            return;
        }
        UUID id = UUID.randomUUID();
        members.insert(id, request.email(), hash, request.displayName(), request.realName(), request.bio(),
                request.residence(), request.language().getLanguage(), Instant.now());
        Placement placement = units.place(id, request.residence());
        String token = tokens.issue(id, Tokens.Purpose.VERIFY_EMAIL, null);
        mailer.send(Email.of(MemberRepository.normalizeEmail(request.email()), request.language(),
                "members.mail.verify", link("/verify/" + token), request.displayName()));
        events.publishEvent(new MemberJoined(id, placement.branch().id(), placement.chapter().id()));
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
            members.markVerified(check.memberId(), Instant.now());
        }
        return check;
    }

    /** Sends a fresh verification link if the address belongs to an unverified member; silent otherwise. */
    @Transactional
    public void resendVerification(String email) {
        members.findByEmail(email).filter(m -> !m.verified()).ifPresent(member -> {
            String token = tokens.issue(member.id(), Tokens.Purpose.VERIFY_EMAIL, null);
            mailer.send(Email.of(member.email(), member.locale(), "members.mail.verify",
                    link("/verify/" + token), member.displayName()));
        });
    }

    /** Sends a reset link if the address is registered; silent otherwise. */
    @Transactional
    public void requestPasswordReset(String email) {
        members.findByEmail(email).ifPresent(member -> {
            String token = tokens.issue(member.id(), Tokens.Purpose.RESET_PASSWORD, null);
            mailer.send(Email.of(member.email(), member.locale(), "members.mail.reset",
                    link("/password/reset/" + token), member.displayName()));
        });
    }

    public Tokens.Check checkReset(String token) {
        return tokens.check(token, Tokens.Purpose.RESET_PASSWORD);
    }

    /** Sets the new password; following the link proved the address, so it counts as verified. Ends all sessions. */
    @Transactional
    public Tokens.Check resetPassword(String token, String newPassword) {
        Tokens.Check check = tokens.use(token, Tokens.Purpose.RESET_PASSWORD);
        if (check.valid()) {
            Instant now = Instant.now();
            members.updatePassword(check.memberId(), passwords.encode(newPassword), now);
            members.markVerified(check.memberId(), now);
            endSessions(check.memberId(), null);
        }
        return check;
    }

    public boolean passwordMatches(UUID memberId, String password) {
        return password != null && members.findById(memberId)
                .map(m -> passwords.matches(password, m.passwordHash())).orElse(false);
    }

    @Transactional
    public void changePassword(UUID memberId, String newPassword, @Nullable String currentSessionId) {
        members.updatePassword(memberId, passwords.encode(newPassword), Instant.now());
        endSessions(memberId, currentSessionId);
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
            mailer.send(Email.of(normalized, member.locale(), "members.mail.emailTaken", link("/password/reset")));
            return;
        }
        String token = tokens.issue(memberId, Tokens.Purpose.CHANGE_EMAIL, normalized);
        mailer.send(Email.of(normalized, member.locale(), "members.mail.confirmEmail",
                link("/verify/email/" + token), member.displayName()));
        mailer.send(Email.of(member.email(), member.locale(), "members.mail.emailChanging", null,
                member.displayName(), normalized));
    }

    public Tokens.Check checkEmailChange(String token) {
        return tokens.check(token, Tokens.Purpose.CHANGE_EMAIL);
    }

    /** Switches to the confirmed address. Throws {@link DuplicateKeyException} if it was taken meanwhile. */
    @Transactional
    public Tokens.Check confirmEmailChange(String token) {
        Tokens.Check check = tokens.use(token, Tokens.Purpose.CHANGE_EMAIL);
        if (check.valid()) {
            members.updateEmail(check.memberId(), check.newEmail(), Instant.now());
        }
        return check;
    }

    @Transactional
    public void updateProfile(UUID memberId, String displayName, @Nullable String realName, @Nullable String bio) {
        members.updateProfile(memberId, displayName, realName, bio, Instant.now());
    }

    /** Moves the member to the branch and chapter of their new residence; the units module keeps the history. */
    @Transactional
    public Placement changeResidence(UUID memberId, Residence residence) {
        members.updateResidence(memberId, residence, Instant.now());
        Placement placement = units.place(memberId, residence);
        events.publishEvent(new MemberResidenceChanged(memberId, placement.branch().id(), placement.chapter().id()));
        return placement;
    }

    @Transactional
    public void updatePrivacy(UUID memberId, PrivacySettings settings) {
        members.updatePrivacy(memberId, settings, Instant.now());
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
     * Deletes the account: personal data, tokens, sessions and memberships go; a tombstone row stays so that what
     * the member wrote is shown as by a former member.
     */
    @Transactional
    public void delete(UUID memberId) {
        // told at the address the account had, which is gone once the account is; sent after the commit
        members.findById(memberId).ifPresent(member -> mailer.send(Email.of(member.email(), member.locale(),
                "members.mail.deleted", null, member.displayName())));
        units.forget(memberId);
        tokens.forgetAll(memberId);
        endSessions(memberId, null);
        members.tombstone(memberId, Instant.now());
        events.publishEvent(new MemberDeleted(memberId));
    }

    @Transactional
    public void rememberLanguage(UUID memberId, Locale locale) {
        members.updateLanguage(memberId, locale.getLanguage());
    }

    private String link(String path) {
        return baseUrl + path;
    }
}
