package org.iops.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.util.AntPathMatcher;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Keeps the public pages that visitors read most (home, branches, unit pages, content pages, forum topics) for a few
 * seconds, per
 * address and language, and serves visitors from it. A visitor's page holds nothing personal: no session, no form
 * token, no member. Signed-in members, requests with a session or a language switch, and anything but a plain 200
 * page always go to the application. Figures a visitor sees may be up to the time-to-live old. Kept in a Caffeine
 * cache: {@code iops.visitor-page-cache.time-to-live} (5 s; 0 turns it off) and {@code
 * iops.visitor-page-cache.max-entries} (5,000 pages, the least used go first).
 */
class VisitorPageCache extends OncePerRequestFilter {

    static final List<String> CACHED_PATHS = List.of("/", "/branches", "/units/*", "/pages/*", "/topics/*");
    private static final AntPathMatcher PATHS = new AntPathMatcher();

    private record Entry(byte[] body, String contentType, String contentLanguage) {
    }

    private final Cache<String, Entry> pages;
    private final LocaleResolver languages;
    private final boolean enabled;

    VisitorPageCache(LocaleResolver languages, Duration timeToLive, long maxEntries, Ticker ticker) {
        this.languages = languages;
        this.enabled = !timeToLive.isNegative() && !timeToLive.isZero() && maxEntries > 0;
        this.pages = Caffeine.newBuilder().expireAfterWrite(enabled ? timeToLive : Duration.ofNanos(1))
                .maximumSize(Math.max(0, maxEntries)).ticker(ticker)
                .executor(Runnable::run).build();
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        if (!enabled || !"GET".equals(request.getMethod())) {
            return true;
        }
        String path = request.getRequestURI();
        return CACHED_PATHS.stream().noneMatch(pattern -> PATHS.match(pattern, path));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!isVisitor(request)) {
            chain.doFilter(request, response);
            return;
        }
        Locale language = languages.resolveLocale(request);
        String key = language.getLanguage() + ' ' + request.getRequestURI()
                + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
        Entry cached = pages.getIfPresent(key);
        if (cached != null) {
            response.setContentType(cached.contentType());
            if (!cached.contentLanguage().isEmpty()) {
                response.setHeader("Content-Language", cached.contentLanguage());
            }
            response.setHeader("Vary", "Accept-Language, Cookie");
            response.setContentLength(cached.body().length);
            response.getOutputStream().write(cached.body());
            return;
        }
        ContentCachingResponseWrapper recorder = new ContentCachingResponseWrapper(response);
        chain.doFilter(request, recorder);
        if (recorder.getStatus() == 200 && !recorder.containsHeader("Set-Cookie") && request.getSession(false) == null
                && recorder.getContentType() != null && recorder.getContentType().startsWith("text/html")) {
            String contentLanguage = recorder.getHeader("Content-Language");
            pages.put(key, new Entry(recorder.getContentAsByteArray(), recorder.getContentType(),
                    contentLanguage == null ? "" : contentLanguage));
        }
        recorder.copyBodyToResponse();
    }

    /** Nobody signed in, no session or remembered login, no language switch (which sets a cookie). */
    private static boolean isVisitor(HttpServletRequest request) {
        if (request.getParameter("lang") != null || request.getHeader("HX-Request") != null) {
            return false;
        }
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (SiteCookies.isSignIn(cookie.getName())) {
                    return false;
                }
            }
        }
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null || authentication instanceof AnonymousAuthenticationToken;
    }

    /** How many pages are kept now. */
    long size() {
        pages.cleanUp();
        return pages.estimatedSize();
    }

    /** Forgets every kept page; tests that change data start fresh. */
    void clear() {
        pages.invalidateAll();
    }
}
