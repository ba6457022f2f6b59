package org.iops.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.iops.units.UnitId;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * Odd spellings of the members-only and admin addresses, sent to the real server: encoded dots and slashes, doubly
 * encoded ones, {@code ;} path parameters, trailing and doubled slashes, upper case, {@code HEAD}, {@code OPTIONS} and
 * {@code TRACE}, an overlong address and an overlong header. None lets a visitor or a member without the role see
 * the page (never a 2xx; a visitor is sent to sign in or refused), and none is answered with a server error.
 */
class OddPathTests extends RealServerTest {

    /** What only a unit's admin page shows; an error page (or an OPTIONS answer's Allow) has none of it. */
    private static final String ADMIN_MARKER = "units-admin-section";

    /** The odd spellings of one address; each names the same page, or none. */
    private static List<String> spellings(String path) {
        String last = path.substring(path.lastIndexOf('/') + 1);
        String head = path.substring(0, path.lastIndexOf('/'));
        return List.of(path, path + "/", path + ";x=1", head + ";jsessionid=abc/" + last, head + "/;/" + last,
                "/" + path, path.replace("/", "//"), path.toUpperCase(Locale.ROOT), head + "/./" + last,
                head + "/x/../" + last, head + "/x/%2e%2e/" + last, head + "/x/%2E%2E/" + last,
                head + "/x/%252e%252e/" + last, head + "%2f" + last, head + "%2F" + last, head + "%252f" + last,
                head + "/%2e/" + last, head + "/" + last.replace(last.substring(0, 1), "%" + Integer.toHexString(last.charAt(0))),
                path + "%00", path + "%20", path + "%09", path + ".json", path + "?x=../../", path + "#x",
                head + "/x/..;/" + last, head + "/..%2f" + last, head + "\\" + last, path + "%C0%AE");
    }

    private final List<String> failures = new ArrayList<>();

    private void check(String who, @Nullable String session, String method, String path) throws Exception {
        Map<String, String> headers = new LinkedHashMap<>(HTTPS);
        if (session != null) {
            headers.put("Cookie", "__Host-SESSION=" + session);
        }
        RawHttp.Response answer = http.send(PROXY, method + " " + path, headers, null);
        String what = who + " " + method + " " + path + ": " + answer.status();
        if (answer.status() >= 500) {
            failures.add(what);
        } else if (answer.status() < 300 && !method.equals("OPTIONS") || answer.body().contains("at org.")) {
            failures.add(what + " let in");
        } else if (method.equals("OPTIONS") && answer.body().contains(ADMIN_MARKER)) {
            failures.add(what + " showed the page");
        }
    }

    @Test
    void noSpellingOfAMembersOnlyOrAdminAddressLetsAnyoneIn() throws Exception {
        String member = confirmedMember("Curious");
        String session = login(member, PASSWORD, false).cookie("__Host-SESSION");
        assertThat(session).isNotNull();
        List<String> adminPages = List.of("/units/" + UnitId.INTERNATIONAL.value() + "/admin",
                "/units/" + UnitId.INTERNATIONAL.value() + "/admin/members", "/actuator/prometheus", "/admin/pages");
        for (String page : adminPages) {
            for (String path : spellings(page)) {
                for (String method : List.of("GET", "HEAD", "OPTIONS", "TRACE", "POST")) {
                    check("a visitor", null, method, path);
                    check("a member", session, method, path);
                }
            }
        }
        for (String path : spellings("/me/export")) {
            for (String method : List.of("GET", "HEAD", "OPTIONS", "TRACE")) {
                check("a visitor", null, method, path);
            }
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void anOverlongAddressOrHeaderIsRefusedWithoutAServerError() throws Exception {
        String member = confirmedMember("Verbose");
        String session = login(member, PASSWORD, false).cookie("__Host-SESSION");
        for (String path : List.of("/units/" + UnitId.INTERNATIONAL.value() + "/admin?q=" + "a".repeat(20_000),
                "/me/" + "a".repeat(20_000), "/" + "a/".repeat(5_000))) {
            for (String who : new String[] {null, session}) {
                Map<String, String> headers = new LinkedHashMap<>(HTTPS);
                if (who != null) {
                    headers.put("Cookie", "__Host-SESSION=" + who);
                }
                RawHttp.Response answer = http.send(PROXY, "GET " + path, headers, null);
                assertThat(answer.status()).as(path.substring(0, 30)).isBetween(300, 499);
            }
        }
        Map<String, String> bigHeader = new LinkedHashMap<>(HTTPS);
        bigHeader.put("Cookie", "__Host-SESSION=" + session);
        bigHeader.put("X-Padding", "b".repeat(40_000));
        RawHttp.Response answer = http.send(PROXY, "GET /units/" + UnitId.INTERNATIONAL.value() + "/admin", bigHeader, null);
        assertThat(answer.status()).isBetween(400, 499);
        Map<String, String> manyHeaders = new LinkedHashMap<>(HTTPS);
        for (int i = 0; i < 500; i++) {
            manyHeaders.put("X-Many-" + i, UUID.randomUUID().toString());
        }
        assertThat(http.send(PROXY, "GET /me", manyHeaders, null).status()).isBetween(300, 499);
    }
}
