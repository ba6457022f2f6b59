package org.iops.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** The application starts on the embedded database and answers like a real site (asked directly, not through the proxy). */
class PlatformSmokeTests extends RealServerTest {

    private final HttpClient client = HttpClient.newHttpClient();

    private HttpResponse<String> get(String path, String language) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept-Language", language).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void healthIsUpWithTheDatabaseCheck() throws Exception {
        HttpResponse<String> health = get("/actuator/health", "en");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"");
    }

    @Test
    void otherActuatorEndpointsAreNotPublic() throws Exception {
        assertThat(get("/actuator/prometheus", "en").statusCode()).isNotEqualTo(200);
        assertThat(get("/actuator/env", "en").statusCode()).isNotEqualTo(200);
        assertThat(get("/actuator/env", "en").body()).doesNotContain("spring.datasource");
    }

    @Test
    void unknownPageGetsA404PageInTheReadersLanguage() throws Exception {
        HttpResponse<String> english = get("/no-such-page", "en");
        assertThat(english.statusCode()).isEqualTo(404);
        assertThat(english.body()).contains("Page not found").doesNotContain("Exception");
        HttpResponse<String> german = get("/no-such-page", "de-DE,de;q=0.9");
        assertThat(german.body()).contains("Seite nicht gefunden").contains("lang=\"de\"");
    }

    @Test
    void securityHeadersAreSent() throws Exception {
        HttpResponse<String> response = get("/no-such-page", "en");
        assertThat(response.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(
                csp -> assertThat(csp).contains("default-src 'self'").contains("frame-ancestors 'none'"));
        assertThat(response.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
    }
}
