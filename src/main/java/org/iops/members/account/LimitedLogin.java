package org.iops.members.account;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.iops.shared.TooManyRequestsException;
import org.iops.web.RateLimiter;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The login form's password check, with its limits applied where authentication happens, so that no spelling of
 * the login address ({@code /log%69n}, {@code /login/}) gets around them. Only an email address is accepted, and
 * the per-account limit is keyed on the account it resolves to (or on the normalized address when none is
 * registered, so both answer alike). When an account's limit is reached its password logins pause, and its owner
 * is emailed a one-time sign-in link: someone guessing cannot lock the owner out.
 */
class LimitedLogin implements AuthenticationProvider {

    private final AuthenticationProvider passwordCheck;
    private final MemberRepository members;
    private final RateLimiter limiter;
    private final SignInLinks signInLinks;

    LimitedLogin(AuthenticationProvider passwordCheck, MemberRepository members, RateLimiter limiter,
            SignInLinks signInLinks) {
        this.passwordCheck = passwordCheck;
        this.members = members;
        this.limiter = limiter;
        this.signInLinks = signInLinks;
    }

    @Override
    public Authentication authenticate(Authentication attempt) throws AuthenticationException {
        String typed = attempt.getName() == null ? "" : attempt.getName().strip();
        if (!Accounts.looksLikeEmail(typed)) {
            throw new BadCredentialsException("Only an email address signs in");
        }
        try {
            limiter.consume(Limits.LOGIN_PER_IP, clientAddress(attempt));
        } catch (TooManyRequestsException tooMany) {
            throw new LoginLimitedException(tooMany.retryAfterSeconds(), false, typed);
        }
        Optional<Member> member = members.findByEmail(typed);
        String account = member.map(m -> m.id().toString())
                .orElseGet(() -> "unregistered:" + MemberRepository.normalizeEmail(typed));
        try {
            limiter.check(Limits.LOGIN_PER_ACCOUNT, account);
        } catch (TooManyRequestsException paused) {
            member.ifPresent(signInLinks::offer);
            throw new LoginLimitedException(paused.retryAfterSeconds(), true, typed);
        }
        Authentication signedIn;
        try {
            UsernamePasswordAuthenticationToken check = new UsernamePasswordAuthenticationToken(typed,
                    attempt.getCredentials());
            check.setDetails(attempt.getDetails());
            signedIn = passwordCheck.authenticate(check);
        } catch (BadCredentialsException wrong) {
            limiter.charge(Limits.LOGIN_PER_ACCOUNT, account);
            if (limiter.exhausted(Limits.LOGIN_PER_ACCOUNT, account)) {
                member.ifPresent(signInLinks::offer);
            }
            throw wrong;
        }
        return signedIn;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    private static String clientAddress(Authentication attempt) {
        if (attempt.getDetails() instanceof WebAuthenticationDetails details && details.getRemoteAddress() != null) {
            return details.getRemoteAddress();
        }
        return currentRequest().map(HttpServletRequest::getRemoteAddr).orElse("unknown");
    }

    private static Optional<HttpServletRequest> currentRequest() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? Optional.of(attributes.getRequest()) : Optional.empty();
    }
}
