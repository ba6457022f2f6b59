package org.iops.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.iops.shared.MemberId;
import org.iops.units.UnitId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every address that names a member, a unit or a language by id answers a malformed id (not a UUID, an odd
 * encoding, a thousand characters) with the 404 page in the reader's language: no 400, no 500, no stack trace in
 * the log. The endpoints are read from Spring's handler mappings, so a new controller is walked too.
 */
@ExtendWith(OutputCaptureExtension.class)
class MalformedIdTests extends RealServerTest {

    /** The typed ids an address can carry; a path variable called "id" or "...Id" counts too, whatever its Java type. */
    private static final Set<Class<?>> TYPED_IDS = Set.of(MemberId.class, UnitId.class, Language.class);
    private static final Map<String, String> OTHER_VARIABLES = Map.of("slug", "vision", "version", "1");
    private static final List<String> MALFORMED = List.of(
            "zzz", "1", "a".repeat(1000), "%E2%80%AE", "%C3%A9t%C3%A9", "1-1-1-1-1",
            "00000000-0000-0000-0000-00000000000g", "%7B00000000-0000-0000-0000-000000000001%7D",
            "00000000-0000-0000-0000-000000000001%20", "00000000-0000-0000-0000-0000000000001");

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    record Endpoint(RequestMethod method, String pattern, List<String> idVariables) {
    }

    @Test
    void malformedIdsAreAPageNotFoundOnEveryEndpointWithAnId(CapturedOutput log) throws Exception {
        List<Endpoint> endpoints = endpointsWithIds();
        assertThat(endpoints).extracting(Endpoint::pattern).as("the walk finds the addresses with ids")
                .contains("/units/{id}", "/members/{id}", "/units/{id}/audit", "/admin/pages/{slug}/{language}");

        Session member = signedIn();
        List<String> wrong = new ArrayList<>();
        int requests = 0;
        for (Endpoint endpoint : endpoints) {
            for (String variable : endpoint.idVariables()) {
                for (String bad : MALFORMED) {
                    String path = fill(endpoint.pattern(), variable, bad);
                    RawHttp.Response response = endpoint.method() == RequestMethod.POST
                            ? http.postForm(PROXY, path, member.headers(), "_csrf=" + encode(member.csrf()))
                            : http.get(PROXY, path, member.headers());
                    requests++;
                    if (response.status() != 404 || !response.body().contains("Seite nicht gefunden")) {
                        wrong.add(endpoint.method() + " " + abbreviated(path) + " -> " + response.status());
                    }
                }
            }
        }
        assertThat(wrong).as("answers other than the German 404 page, of " + requests).isEmpty();
        assertNoStackTrace(log.getOut() + log.getErr());
    }

    @Test
    void validIdsInUpperCaseStillFindTheirPage() throws Exception {
        Session member = signedIn();
        String international = "00000000-0000-0000-0000-000000000001".toUpperCase(Locale.ROOT);
        RawHttp.Response unit = http.get(PROXY, "/units/" + international, member.headers());
        assertThat(unit.status()).isEqualTo(200);
        assertThat(unit.body()).doesNotContain("Seite nicht gefunden");

        String own = db.sql("SELECT id FROM member WHERE email = ?").param(member.email())
                .query(String.class).single().toUpperCase(Locale.ROOT);
        RawHttp.Response profile = http.get(PROXY, "/members/" + own, member.headers());
        assertThat(profile.status()).isEqualTo(200);
        assertThat(profile.body()).contains("Malformed");
    }

    @Test
    void aWellFormedIdOfNothingIsTheSame404() throws Exception {
        Session member = signedIn();
        for (String path : List.of("/units/" + java.util.UUID.randomUUID(), "/members/" + java.util.UUID.randomUUID(),
                "/admin/pages/vision/xx")) {
            RawHttp.Response response = http.get(PROXY, path, member.headers());
            assertThat(response.status()).as(path).isEqualTo(404);
            assertThat(response.body()).as(path).contains("Seite nicht gefunden");
        }
    }

    /** GET and POST endpoints with a typed id (or an "id") among their path variables. */
    private List<Endpoint> endpointsWithIds() {
        List<Endpoint> endpoints = new ArrayList<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : mappings.getHandlerMethods().entrySet()) {
            List<String> ids = new ArrayList<>();
            for (MethodParameter parameter : entry.getValue().getMethodParameters()) {
                PathVariable variable = parameter.getParameterAnnotation(PathVariable.class);
                if (variable == null) {
                    continue;
                }
                String name = !variable.value().isEmpty() ? variable.value()
                        : !variable.name().isEmpty() ? variable.name() : parameter.getParameterName();
                if (TYPED_IDS.contains(parameter.getParameterType()) || "id".equals(name) || name.endsWith("Id")) {
                    ids.add(name);
                }
            }
            if (ids.isEmpty()) {
                continue;
            }
            Set<RequestMethod> methods = entry.getKey().getMethodsCondition().getMethods();
            for (String pattern : entry.getKey().getPatternValues()) {
                for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
                    endpoints.add(new Endpoint(method, pattern, ids));
                }
            }
        }
        return endpoints;
    }

    private static String fill(String pattern, String badVariable, String bad) {
        String path = pattern.replace("{" + badVariable + "}", bad);
        for (Map.Entry<String, String> other : OTHER_VARIABLES.entrySet()) {
            path = path.replace("{" + other.getKey() + "}", other.getValue());
        }
        // any other id (a term's, an alias's) is well formed, so only the one under test is wrong
        return path.replace("{language}", "en").replaceAll("\\{[A-Za-z]+\\}", "00000000-0000-0000-0000-000000000001");
    }

    private static String abbreviated(String path) {
        return path.length() > 80 ? path.substring(0, 80) + "…" : path;
    }

    record Session(String email, Map<String, String> headers, String csrf) {
    }

    /** A member signed in through the proxy, reading German. */
    private Session signedIn() throws Exception {
        String email = confirmedMember("Malformed");
        RawHttp.Response login = login(email, PASSWORD, false);
        Map<String, String> headers = new LinkedHashMap<>(withCookies("__Host-SESSION=" + login.cookie("__Host-SESSION")));
        headers.put("Accept-Language", "de");
        String csrf = http.get(PROXY, "/me", headers).csrfToken();
        return new Session(email, headers, csrf);
    }
}
