package org.iops.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.iops.members.Outbox;
import org.junit.jupiter.api.Test;

/**
 * An attacker who sends {@code Host: evil.example} (or {@code X-Forwarded-Host}, through the proxy or past it) cannot
 * get the site to mail a link to their host, nor to send a member there after signing in: every link in the account
 * emails starts with the configured {@code iops.base-url}, and every redirect stays on the site.
 */
class HostHeaderTests extends RealServerTest {

    private static final Pattern URL = Pattern.compile("https?://[^\\s\"'<>]+");

    private static Map<String, String> evil(String... cookies) {
        Map<String, String> headers = new LinkedHashMap<>(HTTPS);
        headers.put("Host", "evil.example");
        headers.put("X-Forwarded-Host", "evil.example");
        headers.put("Forwarded", "host=evil.example;proto=https");
        headers.put("X-Forwarded-Server", "evil.example");
        headers.put("Referer", "https://evil.example/phish");
        if (cookies.length > 0) {
            headers.put("Cookie", String.join("; ", cookies));
        }
        return headers;
    }

    private RawHttp.Response post(String from, String path, String form) throws Exception {
        RawHttp.Response page = http.get(from, "/login", evil());
        return http.postForm(from, path, evil("__Host-SESSION=" + page.cookie("__Host-SESSION")),
                "_csrf=" + encode(page.csrfToken()) + "&" + form);
    }

    /** Every address in the message (its headers, text and HTML) is on the configured site. */
    private static void assertOnlyOurSite(Outbox.Mail mail) throws Exception {
        String whole = Files.readString(mail.file()) + mail.text() + mail.html();
        assertThat(whole).as(mail.subject()).doesNotContainIgnoringCase("evil.example");
        Matcher url = URL.matcher(mail.text() + " " + mail.html());
        List<String> links = new java.util.ArrayList<>();
        while (url.find()) {
            links.add(url.group());
        }
        assertThat(links).as(mail.subject()).isNotEmpty()
                .allSatisfy(link -> assertThat(link + "/").startsWith("https://iops.example.org/"));
    }

    @Test
    void theAccountEmailsLinkToTheConfiguredSiteWhateverHostTheRequestNamed() throws Exception {
        for (String from : List.of(PROXY, NOT_THE_PROXY)) {
            String member = confirmedMember("Hostile"); // its first email: the confirmation link
            assertThat(post(from, "/password/reset", "email=" + encode(member)).status()).isEqualTo(302);
            assertThat(post(from, "/join", "email=" + encode(member) + "&password=" + encode(PASSWORD)
                    + "&displayName=Again&country=NZ&locality=Nelson&neighbourhood=&bio=&realName="
                    + "&privacyConsent=true&newPlace=true").header("Location")).isEqualTo("/join/sent");
            for (int i = 0; i < 10; i++) {
                post(from, "/login", "email=" + encode(member) + "&password=wrong+guess+" + i);
            }
            // the reset link, "someone tried to join with your address", the one-time sign-in link
            List<Outbox.Mail> toMember = Outbox.await(member, 4);
            assertThat(toMember).extracting(Outbox.Mail::subject).hasSize(4);
            for (Outbox.Mail mail : toMember) {
                assertOnlyOurSite(mail);
            }

            String joining = "joining-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
            assertThat(post(from, "/join", "email=" + encode(joining) + "&password=" + encode(PASSWORD)
                    + "&displayName=Joiner&country=NZ&locality=Nelson&neighbourhood=&bio=&realName="
                    + "&privacyConsent=true&newPlace=true").header("Location")).isEqualTo("/join/sent");
            assertThat(post(from, "/verify/resend", "resend-email=" + encode(joining)).status()).isEqualTo(302);
            for (Outbox.Mail mail : Outbox.await(joining, 2)) {
                assertOnlyOurSite(mail);
            }
            limiter.reset();
        }
    }

    @Test
    void afterSigningInTheMemberIsSentToAPageOfThisSiteOnly() throws Exception {
        String email = confirmedMember("Returning");
        for (String from : List.of(PROXY, NOT_THE_PROXY)) {
            RawHttp.Response form = http.get(from, "/login", evil());
            String session = "__Host-SESSION=" + form.cookie("__Host-SESSION");
            RawHttp.Response toLogin = http.get(from, "/me/export?x=1", evil(session));
            assertThat(toLogin.status()).isEqualTo(302);
            assertThat(toLogin.header("Location")).isEqualTo("/login");
            RawHttp.Response signedIn = http.postForm(from, "/login", evil(session), "_csrf="
                    + encode(form.csrfToken()) + "&email=" + encode(email) + "&password=" + encode(PASSWORD));
            assertThat(signedIn.status()).isEqualTo(302);
            assertThat(signedIn.header("Location").toLowerCase(Locale.ROOT)).as("from " + from)
                    .doesNotContain("evil.example").startsWith("/").doesNotStartWith("//");
        }
    }
}
