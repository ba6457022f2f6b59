package org.iops.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Behind a TLS reverse proxy on 127.0.0.1, with requests sent the way the proxy sends them, and the way someone else
 * on the network would pretend to be the proxy (from 127.0.0.2).
 */
class ProxyAndServerTests extends RealServerTest {

    /** A wrong login sent from {@code from} with the given forwarded headers; returns the status. */
    private int wrongLogin(String from, Map<String, String> forwarded) throws Exception {
        RawHttp.Response form = http.get(from, "/login", forwarded);
        String session = form.cookie("__Host-SESSION");
        String body = "_csrf=" + URLEncoder.encode(form.csrfToken(), StandardCharsets.UTF_8)
                + "&email=" + UUID.randomUUID() + "%40example.org&password=wrong+password+guess";
        Map<String, String> headers = new java.util.LinkedHashMap<>(forwarded);
        headers.put("Cookie", "__Host-SESSION=" + session);
        return http.postForm(from, "/login", headers, body).status();
    }

    @Test
    void behindTheTrustedProxyTheSiteSendsHstsAndSecureHostCookies() throws Exception {
        RawHttp.Response page = http.get(PROXY, "/login",
                Map.of("X-Forwarded-For", "203.0.113.5", "X-Forwarded-Proto", "https"));
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.header("Strict-Transport-Security")).contains("max-age=");
        assertThat(page.headers("Set-Cookie")).anySatisfy(cookie -> assertThat(cookie)
                .startsWith("__Host-SESSION=").contains("Secure").contains("Path=/").contains("HttpOnly")
                .doesNotContainIgnoringCase("Domain="));
    }

    @Test
    void behindTheTrustedProxyEachClientHasItsOwnLoginLimit() throws Exception {
        Map<String, String> client = Map.of("X-Forwarded-For", "198.51.100.99, 203.0.113.5",
                "X-Forwarded-Proto", "https");
        for (int i = 0; i < 20; i++) {
            assertThat(wrongLogin(PROXY, client)).isEqualTo(302);
        }
        assertThat(wrongLogin(PROXY, client)).as("the 21st attempt of this client").isEqualTo(429);
        assertThat(wrongLogin(PROXY, Map.of("X-Forwarded-For", "203.0.113.6", "X-Forwarded-Proto", "https")))
                .as("another client behind the same proxy").isEqualTo(302);
        assertThat(wrongLogin(PROXY, Map.of("X-Forwarded-For", "203.0.113.99, 203.0.113.5",
                "X-Forwarded-Proto", "https"))).as("a made-up first address does not make a new client")
                .isEqualTo(429);
    }

    @Test
    void forwardedHeadersFromAnUntrustedAddressAreIgnored() throws Exception {
        RawHttp.Response page = http.get(NOT_THE_PROXY, "/login",
                Map.of("X-Forwarded-For", "203.0.113.7", "X-Forwarded-Proto", "https"));
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.header("Strict-Transport-Security")).as("the request came over plain HTTP").isNull();
        for (int i = 0; i < 20; i++) {
            assertThat(wrongLogin(NOT_THE_PROXY, Map.of("X-Forwarded-For", "203.0.113." + (100 + i)))).isEqualTo(302);
        }
        assertThat(wrongLogin(NOT_THE_PROXY, Map.of("X-Forwarded-For", "203.0.113.200")))
                .as("a made-up X-Forwarded-For does not escape the limit").isEqualTo(429);
    }

    @Test
    void aMadeUpForwardedForFromAnUntrustedAddressDoesNotRenewTheResetOrJoinAllowance() throws Exception {
        for (int i = 0; i < 10; i++) {
            assertThat(form(NOT_THE_PROXY, "/password/reset", "203.0.113." + (10 + i),
                    "email=someone" + i + "%40example.org").status()).isEqualTo(302);
        }
        assertThat(form(NOT_THE_PROXY, "/password/reset", "203.0.113.250", "email=one-more%40example.org").status())
                .as("the 11th reset from one address, whatever it says it forwards").isEqualTo(429);
        for (int i = 0; i < 30; i++) {
            assertThat(form(NOT_THE_PROXY, "/join", "198.51.100." + (10 + i), join("joiner" + i)).status())
                    .as("join " + (i + 1)).isEqualTo(302);
        }
        assertThat(form(NOT_THE_PROXY, "/join", "198.51.100.250", join("late")).status())
                .as("the 31st join from one address").isEqualTo(429);
    }

    private static String join(String who) {
        return "email=" + who + "-" + UUID.randomUUID().toString().substring(0, 8) + "%40example.org"
                + "&password=correct+horse+battery&displayName=Joiner&country=NZ&locality=Nelson&neighbourhood="
                + "&bio=&realName=&privacyConsent=true&newPlace=true";
    }

    /** A form sent from {@code from} with a made-up {@code X-Forwarded-For}; the login page gives session and token. */
    private RawHttp.Response form(String from, String path, String forwardedFor, String body) throws Exception {
        Map<String, String> forwarded = Map.of("X-Forwarded-For", forwardedFor);
        RawHttp.Response page = http.get(from, "/login", forwarded);
        Map<String, String> headers = new java.util.LinkedHashMap<>(forwarded);
        headers.put("Cookie", "__Host-SESSION=" + page.cookie("__Host-SESSION"));
        return http.postForm(from, path, headers, "_csrf=" + URLEncoder.encode(page.csrfToken(), StandardCharsets.UTF_8)
                + "&" + body);
    }
}
