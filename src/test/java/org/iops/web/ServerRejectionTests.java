package org.iops.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Requests Tomcat refuses before the application sees them (a NUL or an encoded slash in the path, invalid UTF-8,
 * a malformed request line) get a short page of the site's own, with the security headers, that names neither the
 * server nor its version and shows no stack trace.
 */
class ServerRejectionTests extends RealServerTest {

    @Test
    void pathsTheServerRefusesGetAPlainPageWithoutServerDetails() throws Exception {
        for (String path : List.of("/units/%00", "/%ff%fe", "/members/%2e%2e%00x", "/a%00b/c", "/units/%2F%2Fx")) {
            RawHttp.Response response = http.get(PROXY, path, Map.of());
            assertThat(response.status()).as(path).isBetween(400, 499);
            assertThat(response.body()).as(path).doesNotContainIgnoringCase("tomcat")
                    .doesNotContainIgnoringCase("exception").doesNotContain("org.apache")
                    .contains("<html lang=\"en\"").contains("IOPS").contains("href=\"/\"");
            assertThat(response.header("Content-Type")).as(path).startsWith("text/html");
            assertThat(response.header("X-Content-Type-Options")).as(path).isEqualTo("nosniff");
            assertThat(response.header("Content-Security-Policy")).as(path).contains("default-src 'none'");
            assertThat(response.header("X-Frame-Options")).as(path).isEqualTo("DENY");
            assertThat(response.header("Cache-Control")).as(path).contains("no-store");
        }
    }
}
