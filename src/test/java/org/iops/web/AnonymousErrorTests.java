package org.iops.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * What a visitor can send must never cause a 500 or a stack trace in the log: each odd request gets its 4xx page in
 * the site's layout and one log line.
 */
@ExtendWith(OutputCaptureExtension.class)
class AnonymousErrorTests extends RealServerTest {

    private static long lines(String log, String needle) {
        return log.lines().filter(line -> line.contains(needle)).count();
    }

    @Test
    void aMalformedCsrfTokenIsA403() throws Exception {
        Form form = loginForm();
        for (String token : new String[] {"%%%", "not base64 at all!", "", "A", "=" + "A".repeat(5000)}) {
            RawHttp.Response response = http.postForm(PROXY, "/login", withCookies("__Host-SESSION=" + form.session()),
                    "_csrf=" + encode(token) + "&email=a%40example.org&password=x");
            assertThat(response.status()).as(token).isEqualTo(403);
            assertThat(response.body()).contains("You may not do that");
        }
    }

    @Test
    void anErrorAddressThatIsNotAStatusIsA404(CapturedOutput output) throws Exception {
        for (String path : new String[] {"/error/abc", "/error/99999999999", "/error/-1", "/error/200"}) {
            RawHttp.Response response = http.get(PROXY, path, HTTPS);
            assertThat(response.status()).as(path).isEqualTo(404);
            assertThat(response.body()).contains("Page not found");
        }
        assertNoStackTrace(output.getAll());
    }

    @Test
    void aMemberTypingANonNumberAsARevisionGetsA400(CapturedOutput output) throws Exception {
        String email = confirmedMember("Reviser");
        String session = login(email, PASSWORD, false).cookie("__Host-SESSION");
        RawHttp.Response response = http.get(PROXY, "/admin/pages/vision/en/revisions/abc",
                withCookies("__Host-SESSION=" + session));
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body()).contains("We could not understand that request");
        assertThat(lines(output.getAll(), "/admin/pages/vision/en/revisions/abc")).isOne();
        assertNoStackTrace(output.getAll());
    }

    @Test
    void aBodyOverTheServersLimitIsA413PageAndNothingIsStored(CapturedOutput output) throws Exception {
        Form form = loginForm();
        String huge = "x".repeat(3 * 1024 * 1024);
        long before = db.sql("SELECT count(*) FROM member").query(Long.class).single();
        RawHttp.Response response = http.postForm(PROXY, "/join", withCookies("__Host-SESSION=" + form.session()),
                "_csrf=" + encode(form.csrf()) + "&email=big%40example.org&password=correct+horse+battery"
                        + "&displayName=Big&country=NZ&locality=Nelson&bio=" + huge);
        assertThat(response.status()).isEqualTo(413);
        assertThat(response.body()).contains("Too much data");
        assertThat(db.sql("SELECT count(*) FROM member").query(Long.class).single()).isEqualTo(before);
        assertThat(lines(output.getAll(), "POST /join")).isOne();
        assertNoStackTrace(output.getAll());
    }

    @Test
    void aReusedRememberMeCookieIsRefusedAndEndsTheSessionItsThiefOpened(CapturedOutput output) throws Exception {
        String email = confirmedMember("Remembered");
        RawHttp.Response signedIn = login(email, PASSWORD, true);
        String stolen = signedIn.cookie("__Host-remember-me");
        assertThat(stolen).isNotBlank();

        RawHttp.Response thief = http.get(PROXY, "/me", withCookies("__Host-remember-me=" + stolen));
        assertThat(thief.status()).as("the thief gets in first").isEqualTo(200);
        String thiefSession = thief.cookie("__Host-SESSION");
        assertThat(thiefSession).isNotBlank();

        RawHttp.Response owner = http.get(PROXY, "/me", withCookies("__Host-remember-me=" + stolen));
        assertThat(owner.status()).isBetween(400, 499);
        assertThat(owner.body()).contains("signed out everywhere");
        assertThat(owner.headers("Set-Cookie")).anySatisfy(c -> assertThat(c).startsWith("__Host-remember-me=;"));

        RawHttp.Response thiefAgain = http.get(PROXY, "/me", withCookies("__Host-SESSION=" + thiefSession));
        assertThat(thiefAgain.status()).as("the thief's session has ended").isEqualTo(302);
        assertThat(thiefAgain.header("Location")).endsWith("/login");
        assertThat(lines(output.getAll(), "remember-me")).isOne();
        assertNoStackTrace(output.getAll());
    }
}
