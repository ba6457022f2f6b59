package org.iops.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Redirects never take their host from the request, and every answer, a 429 included, has the security headers. */
class RedirectAndHeaderTests extends RealServerTest {

    private static Map<String, String> evilHost(Map<String, String> headers) {
        Map<String, String> all = new LinkedHashMap<>(headers);
        all.put("Host", "evil.example");
        all.put("X-Forwarded-Host", "evil.example");
        return all;
    }

    private static void assertSecurityHeaders(RawHttp.Response response) {
        assertThat(response.header("Content-Security-Policy")).contains("default-src 'self'");
        assertThat(response.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(response.header("X-Frame-Options")).isEqualTo("DENY");
        assertThat(response.header("Referrer-Policy")).isEqualTo("same-origin");
        assertThat(response.header("Strict-Transport-Security")).isNotNull();
    }

    @Test
    void redirectsAreNotBuiltFromTheHostHeader() throws Exception {
        RawHttp.Response toLogin = http.get(PROXY, "/me", evilHost(HTTPS));
        assertThat(toLogin.status()).isEqualTo(302);
        assertThat(toLogin.header("Location")).isEqualTo("/login");

        String email = confirmedMember("Hosted");
        Form form = loginForm();
        Map<String, String> headers = evilHost(withCookies("__Host-SESSION=" + form.session()));
        RawHttp.Response signedIn = http.postForm(PROXY, "/login", headers,
                "_csrf=" + encode(form.csrf()) + "&email=" + encode(email) + "&password=" + encode(PASSWORD));
        assertThat(signedIn.header("Location")).isEqualTo("/me");
        RawHttp.Response again = http.get(PROXY, "/login",
                evilHost(withCookies("__Host-SESSION=" + signedIn.cookie("__Host-SESSION"))));
        assertThat(again.header("Location")).doesNotContain("evil.example").isEqualTo("/me");
    }

    @Test
    void aLimitedLoginIsA429PageWithTheSecurityHeadersAndTheTypedAddress() throws Exception {
        RawHttp.Response limited = null;
        for (int i = 0; i < 11; i++) {
            limited = login("paused@example.org", "wrong guess " + i, false);
        }
        assertThat(limited.status()).isEqualTo(429);
        assertThat(limited.header("Retry-After")).isNotBlank();
        assertSecurityHeaders(limited);
        assertThat(limited.body()).contains("logging in to it with a password is paused for")
                .contains("value=\"paused@example.org\"");
    }

    @Test
    void theErrorPagesHaveTheSecurityHeadersToo() throws Exception {
        for (int i = 0; i < 10; i++) {
            Form form = loginForm();
            http.postForm(PROXY, "/password/reset", withCookies("__Host-SESSION=" + form.session()),
                    "_csrf=" + encode(form.csrf()) + "&email=someone" + i + "%40example.org");
        }
        Form form = loginForm();
        RawHttp.Response limited = http.postForm(PROXY, "/password/reset",
                withCookies("__Host-SESSION=" + form.session()),
                "_csrf=" + encode(form.csrf()) + "&email=one-more%40example.org");
        assertThat(limited.status()).isEqualTo(429);
        assertSecurityHeaders(limited);
        RawHttp.Response missing = http.get(PROXY, "/no/such/page", HTTPS);
        assertThat(missing.status()).isEqualTo(404);
        assertSecurityHeaders(missing);
    }
}
