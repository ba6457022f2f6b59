package org.iops.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.util.AntPathMatcher;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Keeps the public pages that visitors read most (home, branches, unit pages, content pages) for a few seconds, per
 * address and language, and serves visitors from it. A visitor's page holds nothing personal: no session, no form
 * token, no member. Signed-in members, requests with a session or a language switch, and anything but a plain 200
 * page always go to the application. Figures a visitor sees may be up to the time-to-live old.
 */
class VisitorPageCache extends OncePerRequestFilter {

    static final List<String> CACHED_PATHS = List.of("/", "/branches", "/units/*", "/pages/*");
    private static final int MAX_ENTRIES = 5_000;
    private static final AntPathMatcher PATHS = new AntPathMatcher();

    private record Entry(byte[] body, String contentType, String contentLanguage, long expiresAtNanos) {
    }

    private final Map<String, Entry> pages = new ConcurrentHashMap<>();
    private final LocaleResolver languages;
    private final long timeToLiveNanos;

    VisitorPageCache(LocaleResolver languages, Duration timeToLive) {
        this.languages = languages;
        this.timeToLiveNanos = timeToLive.toNanos();
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        if (timeToLiveNanos <= 0 || !"GET".equals(request.getMethod())) {
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
        long now = System.nanoTime();
        Entry cached = pages.get(key);
        if (cached != null && now - cached.expiresAtNanos() < 0) {
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
            if (pages.size() >= MAX_ENTRIES) {
                pages.clear();
            }
            String contentLanguage = recorder.getHeader("Content-Language");
            pages.put(key, new Entry(recorder.getContentAsByteArray(), recorder.getContentType(),
                    contentLanguage == null ? "" : contentLanguage, now + timeToLiveNanos));
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

    /** Forgets every kept page; tests that change data start fresh. */
    void clear() {
        pages.clear();
    }
}
