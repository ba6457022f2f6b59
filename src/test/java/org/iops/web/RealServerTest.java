package org.iops.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.iops.IopsApplication;
import org.iops.TestFixtures;
import org.iops.members.account.Accounts;
import org.iops.units.Residence;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * One application on a real port (Tomcat, not MockMvc), served as {@code https://iops.example.org} behind a proxy
 * on 127.0.0.1, for what only the real server shows: forwarded headers, body limits, cookies, redirects. One context
 * for all of them: a subclass adds no configuration of its own.
 */
@TestFixtures
@SpringBootTest(classes = IopsApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"iops.web.trusted-proxies=127.0.0.1, ::1", "iops.base-url=https://iops.example.org"})
abstract class RealServerTest {

    static final String PROXY = "127.0.0.1";
    static final String NOT_THE_PROXY = "127.0.0.2";
    static final String PASSWORD = "correct horse battery";
    static final Map<String, String> HTTPS = Map.of("X-Forwarded-Proto", "https", "X-Forwarded-For", "203.0.113.50");

    @LocalServerPort
    int port;

    @Autowired
    RateLimiter limiter;

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcClient db;

    RawHttp http;

    @BeforeEach
    void setUpServerTest() {
        http = new RawHttp(port);
        limiter.reset();
    }

    /** A confirmed member with {@link #PASSWORD}; returns the address. */
    String confirmedMember(String name) {
        String email = name.toLowerCase(Locale.ROOT) + "-" + UUID.randomUUID().toString().substring(0, 8)
                + "@example.org";
        accounts.join(new Accounts.JoinRequest(email, PASSWORD, name, null, null,
                new Residence("NZ", "Nelson", null), Locale.ENGLISH));
        db.sql("UPDATE member SET email_verified_at = ? WHERE email = ?")
                .params(java.sql.Timestamp.from(Instant.now()), email).update();
        return email;
    }

    /** The login form's session cookie and CSRF token, fetched through the proxy. */
    record Form(String session, String csrf) {
    }

    Form loginForm() throws Exception {
        RawHttp.Response page = http.get(PROXY, "/login", HTTPS);
        return new Form(page.cookie("__Host-SESSION"), page.csrfToken());
    }

    RawHttp.Response login(String email, String password, boolean remember) throws Exception {
        Form form = loginForm();
        Map<String, String> headers = new LinkedHashMap<>(HTTPS);
        headers.put("Cookie", "__Host-SESSION=" + form.session());
        return http.postForm(PROXY, "/login", headers, "_csrf=" + encode(form.csrf()) + "&email=" + encode(email)
                + "&password=" + encode(password) + (remember ? "&remember=on" : ""));
    }

    Map<String, String> withCookies(String... cookies) {
        Map<String, String> headers = new LinkedHashMap<>(HTTPS);
        headers.put("Cookie", String.join("; ", cookies));
        return headers;
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    static void assertNoStackTrace(String log) {
        assertThat(log).doesNotContain("\tat ").doesNotContain("Exception:");
    }
}
