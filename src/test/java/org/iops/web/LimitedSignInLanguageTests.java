package org.iops.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Signing in too often, into one account or from one network, is answered 429 with the sign-in form and, in the
 * reader's language (German, familiar address, here), what happened and how long to wait.
 */
class LimitedSignInLanguageTests extends RealServerTest {

    private RawHttp.Response wrongLogin(String email) throws Exception {
        Map<String, String> german = new LinkedHashMap<>(HTTPS);
        german.put("Accept-Language", "de");
        RawHttp.Response form = http.get(PROXY, "/login", german);
        german.put("Cookie", "__Host-SESSION=" + form.cookie("__Host-SESSION"));
        return http.postForm(PROXY, "/login", german, "_csrf=" + encode(form.csrfToken()) + "&email="
                + encode(email) + "&password=wrong+guess");
    }

    @Test
    void aPausedAccountAndABusyNetworkAreToldInTheReadersLanguage() throws Exception {
        String email = confirmedMember("Guessed");
        RawHttp.Response answer = null;
        for (int i = 0; i < 11; i++) {
            answer = wrongLogin(email);
        }
        assertThat(answer.status()).isEqualTo(429);
        assertThat(answer.header("Retry-After")).isNotBlank();
        assertThat(answer.body()).contains("Für dieses Konto wurde zu oft ein falsches Passwort eingegeben")
                .contains("lang=\"de\"");

        limiter.reset();
        for (int i = 0; i < 21; i++) {
            answer = wrongLogin("someone-" + UUID.randomUUID() + "@example.org");
        }
        assertThat(answer.status()).isEqualTo(429);
        assertThat(answer.body()).contains("Aus deinem Netzwerk kamen zu viele Anmeldeversuche");
    }
}
