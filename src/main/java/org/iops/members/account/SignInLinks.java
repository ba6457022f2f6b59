package org.iops.members.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.iops.notifications.Parameter;
import org.iops.web.RateLimiter;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * One-time sign-in links for the owner of an account whose password logins are paused because someone guessed
 * wrong too often. The email both tells the owner that someone is trying and lets them in without the password.
 */
@Component
class SignInLinks {

    private final Tokens tokens;
    private final AccountMail mail;
    private final RateLimiter limiter;
    private final Accounts accounts;
    private final UserDetailsService memberDetails;
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    SignInLinks(Tokens tokens, AccountMail mail, RateLimiter limiter, Accounts accounts,
            UserDetailsService memberDetails) {
        this.tokens = tokens;
        this.mail = mail;
        this.limiter = limiter;
        this.accounts = accounts;
        this.memberDetails = memberDetails;
    }

    /** Emails the owner a sign-in link, at most once per window, so that a guessing script cannot flood them. */
    void offer(Member member) {
        if (!member.verified() || !limiter.charge(Limits.SIGN_IN_LINK_MAILS, member.id().toString())) {
            return;
        }
        String token = tokens.issue(member.id(), Tokens.Purpose.SIGN_IN, null);
        mail.toMember(member, "members.mail.signInLink", accounts.link("/login/link/" + token),
                Parameter.recipientName());
    }

    Tokens.Check check(String token) {
        return tokens.check(token, Tokens.Purpose.SIGN_IN);
    }

    /** Spends the link and signs its owner in, in a new session id (a link may have been opened on a shared one). */
    Tokens.Check signIn(String token, HttpServletRequest request, HttpServletResponse response) {
        Tokens.Check check = tokens.use(token, Tokens.Purpose.SIGN_IN);
        if (!check.valid()) {
            return check;
        }
        UserDetails member = memberDetails.loadUserByUsername(check.memberId().toString());
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(member, null,
                member.getAuthorities()));
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
        return check;
    }
}
