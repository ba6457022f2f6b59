package org.iops.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;

/** Visitors share briefly kept public pages; members, sessions and language switches never do. */
class VisitorPageCacheTests {

    private final AtomicInteger rendered = new AtomicInteger();
    private int status = 200;
    private boolean setsCookie;
    private final AtomicLong nanos = new AtomicLong();
    private final VisitorPageCache cache = new VisitorPageCache(acceptHeader(), Duration.ofMinutes(1), 100, nanos::get);

    private static AcceptHeaderLocaleResolver acceptHeader() {
        AcceptHeaderLocaleResolver resolver = new AcceptHeaderLocaleResolver();
        resolver.setDefaultLocale(java.util.Locale.ENGLISH);
        return resolver;
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private MockHttpServletResponse get(MockHttpServletRequest request) throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        cache.doFilter(request, response, (req, res) -> {
            rendered.incrementAndGet();
            HttpServletResponse http = (HttpServletResponse) res;
            http.setStatus(status);
            http.setContentType("text/html;charset=UTF-8");
            if (setsCookie) {
                http.addCookie(new Cookie("iops_lang", "fr"));
            }
            http.getWriter().write("page " + rendered.get() + " " + ((jakarta.servlet.http.HttpServletRequest) req).getLocale());
        });
        return response;
    }

    private static MockHttpServletRequest visitor(String path, String language) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
        request.setRequestURI(path);
        request.addHeader("Accept-Language", language);
        request.addPreferredLocale(java.util.Locale.forLanguageTag(language));
        return request;
    }

    @Test
    void aKeptPageIsRenderedAgainOnceItsTimeToLiveIsOver() throws Exception {
        assertThat(get(visitor("/branches", "en")).getContentAsString()).isEqualTo("page 1 en");
        nanos.addAndGet(Duration.ofSeconds(59).toNanos());
        assertThat(get(visitor("/branches", "en")).getContentAsString()).isEqualTo("page 1 en");
        nanos.addAndGet(Duration.ofSeconds(1).toNanos());
        assertThat(get(visitor("/branches", "en")).getContentAsString()).isEqualTo("page 2 en");
    }

    @Test
    void keepsNoMorePagesThanItsMaximum() throws Exception {
        for (int i = 0; i < 300; i++) {
            get(visitor("/units/" + i, "en"));
        }
        assertThat(cache.size()).isBetween(1L, 100L);
    }

    @Test
    void aTimeToLiveOfZeroKeepsNothing() throws Exception {
        VisitorPageCache off = new VisitorPageCache(acceptHeader(), Duration.ZERO, 100, nanos::get);
        assertThat(off.shouldNotFilter(visitor("/branches", "en"))).isTrue();
    }

    @Test
    void visitorsOfTheSamePageInTheSameLanguageShareOneRendering() throws Exception {
        MockHttpServletResponse first = get(visitor("/units/abc", "en"));
        MockHttpServletResponse second = get(visitor("/units/abc", "en"));
        assertThat(rendered).hasValue(1);
        assertThat(second.getContentAsString()).isEqualTo(first.getContentAsString());
        assertThat(second.getContentType()).startsWith("text/html");
    }

    @Test
    void visitorsOfAForumTopicShareOneRenderingOfEachOfItsPagesButNotOfItsLiveUpdates() throws Exception {
        get(visitor("/topics/abc", "en"));
        get(visitor("/topics/abc", "en"));
        get(visitor("/topics/abc?all", "en"));
        get(visitor("/topics/abc?all", "en"));
        assertThat(rendered).as("the topic's first page and the whole topic, each rendered once").hasValue(2);
        get(visitor("/topics/abc/live?after=100", "en"));
        get(visitor("/topics/abc/live?after=100", "en"));
        assertThat(rendered).as("the poll for new replies always goes to the application").hasValue(4);
    }

    @Test
    void eachLanguageAndAddressIsKeptApart() throws Exception {
        get(visitor("/units/abc", "en"));
        get(visitor("/units/abc", "de"));
        get(visitor("/units/abc?page=2", "en"));
        get(visitor("/branches", "en"));
        assertThat(rendered).hasValue(4);
    }

    @Test
    void signedInMembersAlwaysGetTheirOwnPage() throws Exception {
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated("member", "", java.util.List.of()));
        get(visitor("/units/abc", "en"));
        get(visitor("/units/abc", "en"));
        assertThat(rendered).hasValue(2);
    }

    @Test
    void requestsWithASessionOrRememberedLoginOrLanguageSwitchAreNotShared() throws Exception {
        MockHttpServletRequest withSession = visitor("/", "en");
        withSession.setCookies(new Cookie("SESSION", "x"));
        get(withSession);
        get(withSession);
        MockHttpServletRequest remembered = visitor("/", "en");
        remembered.setCookies(new Cookie("remember-me", "x"));
        get(remembered);
        MockHttpServletRequest switching = visitor("/", "en");
        switching.setParameter("lang", "fr");
        switching.setQueryString("lang=fr");
        get(switching);
        get(switching);
        assertThat(rendered).hasValue(5);
    }

    @Test
    void errorsAndPagesThatSetCookiesAreNotKept() throws Exception {
        status = 404;
        get(visitor("/units/missing", "en"));
        get(visitor("/units/missing", "en"));
        status = 200;
        setsCookie = true;
        get(visitor("/pages/vision", "en"));
        get(visitor("/pages/vision", "en"));
        assertThat(rendered).hasValue(4);
    }

    @Test
    void formsAndOtherPagesAreNeverKept() throws Exception {
        get(visitor("/join", "en"));
        get(visitor("/join", "en"));
        MockHttpServletRequest post = visitor("/units/abc", "en");
        post.setMethod("POST");
        get(post);
        get(post);
        assertThat(rendered).hasValue(4);
    }
}
