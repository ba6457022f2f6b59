package org.iops.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.authentication.rememberme.CookieTheftException;
import org.springframework.security.web.authentication.rememberme.PersistentRememberMeToken;
import org.springframework.security.web.authentication.rememberme.PersistentTokenBasedRememberMeServices;
import org.springframework.security.web.authentication.rememberme.PersistentTokenRepository;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A remember-me cookie presented again after it was replaced means two browsers hold it: one of them stole it.
 * Spring Security then forgets every remember-me token of the member; here, every session of the member ends as
 * well (including the one the thief opened with it), and the browser gets a 403 page saying it was signed out
 * everywhere, with one line in the log instead of a 500 and a stack trace.
 */
final class StolenRememberMeCookies extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(StolenRememberMeCookies.class);

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (CookieTheftException theft) {
            log.warn("A replaced remember-me cookie was presented again on {} {}: its member is signed out everywhere",
                    request.getMethod(), request.getRequestURI());
            request.setAttribute(ErrorPages.KIND, "signedOut");
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
        }
    }

    /** Persistent remember-me tokens whose theft also ends every session of the member. */
    static final class Services extends PersistentTokenBasedRememberMeServices {

        private final PersistentTokenRepository tokens;
        private final FindByIndexNameSessionRepository<? extends Session> sessions;

        Services(String key, UserDetailsService members, PersistentTokenRepository tokens,
                FindByIndexNameSessionRepository<? extends Session> sessions) {
            super(key, members, tokens);
            this.tokens = tokens;
            this.sessions = sessions;
        }

        @Override
        protected UserDetails processAutoLoginCookie(String[] cookieTokens, HttpServletRequest request,
                HttpServletResponse response) {
            @Nullable PersistentRememberMeToken stored = cookieTokens.length == 2
                    ? tokens.getTokenForSeries(cookieTokens[0]) : null;
            try {
                return super.processAutoLoginCookie(cookieTokens, request, response);
            } catch (CookieTheftException theft) {
                if (stored != null) {
                    sessions.findByPrincipalName(stored.getUsername()).keySet().forEach(sessions::deleteById);
                }
                throw theft;
            }
        }
    }
}
