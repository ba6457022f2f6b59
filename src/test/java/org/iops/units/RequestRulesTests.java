package org.iops.units;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.iops.web.RequestRule;
import org.iops.web.RequestRule.Access;
import org.iops.web.RequestRules;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Deny by default at the HTTP layer: every endpoint a controller maps is declared by its module's
 * {@link RequestRules}, and walking all of them as a visitor, as a member and as the admin of another chapter gets
 * each only what the declaration promises. Lives with the units tests for their fixtures; it walks every module.
 */
class RequestRulesTests extends UnitsIntegrationTest {

    /** Declared endpoints that no controller maps: Spring Security's own filters and the static resource handlers. */
    private static final Set<String> SERVED_BY_FILTERS_OR_FILES = Set.of("POST /login", "POST /logout",
            "GET /css/**", "GET /js/**", "GET /img/**", "GET /webjars/**", "GET /favicon.ico", "GET /robots.txt",
            "GET /actuator/health", "GET /actuator/health/**", "* /actuator/**");

    private static final Pattern VARIABLE = Pattern.compile("\\{(\\w+)}");

    @Autowired
    MockMvc mvc;
    @Autowired
    UnitFixtures fixtures;
    @Autowired
    List<RequestRules> modules;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    private record Endpoint(@Nullable HttpMethod method, String pattern) {
        @Override
        public String toString() {
            return (method == null ? "*" : method.name()) + " " + pattern;
        }
    }

    private List<Endpoint> mapped() {
        List<Endpoint> endpoints = new ArrayList<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            for (String pattern : info.getPatternValues()) {
                if (methods.isEmpty()) {
                    endpoints.add(new Endpoint(null, pattern));
                }
                methods.forEach(method -> endpoints.add(new Endpoint(method.asHttpMethod(), pattern)));
            }
        }
        return endpoints;
    }

    private List<RequestRule> rules() {
        return modules.stream().flatMap(module -> module.rules().stream()).toList();
    }

    private @Nullable RequestRule ruleFor(Endpoint endpoint) {
        return rules().stream().filter(rule -> rule.pattern().equals(endpoint.pattern())
                && (rule.method() == null || rule.method().equals(endpoint.method()))).findFirst().orElse(null);
    }

    @Test
    void everyMappedEndpointIsDeclaredByItsModuleAndEveryDeclarationMapsSomething() {
        List<Endpoint> mapped = mapped();
        assertThat(mapped).as("the walk sees the controllers").hasSizeGreaterThan(60);
        assertThat(mapped).filteredOn(endpoint -> ruleFor(endpoint) == null).as("endpoints nobody declared").isEmpty();

        List<String> stale = rules().stream()
                .map(rule -> new Endpoint(rule.method(), rule.pattern()))
                .filter(declared -> !SERVED_BY_FILTERS_OR_FILES.contains(declared.toString()))
                .filter(declared -> mapped.stream().noneMatch(m -> m.pattern().equals(declared.pattern())
                        && (declared.method() == null || declared.method().equals(m.method()))))
                .map(Endpoint::toString).toList();
        assertThat(stale).as("declarations for endpoints nobody maps").isEmpty();
        assertThat(rules()).as("no wildcard opens a tree of controllers")
                .noneMatch(rule -> rule.pattern().endsWith("/**") && rule.access() != Access.OPERATORS
                        && mapped.stream().anyMatch(m -> m.pattern().startsWith(rule.pattern().replace("/**", "/"))));
    }

    @Test
    void visitorsMembersAndAnotherChaptersAdminGetOnlyWhatTheDeclarationPromises() throws Exception {
        UUID memberOfA = fixtures.memberIn("UY", UnitFixtures.unique("Salto"));
        UUID memberOfB = fixtures.memberIn("UY", UnitFixtures.unique("Paysandú"));
        UUID chapterB = fixtures.chapterOf(memberOfB);
        UUID adminOfA = fixtures.memberWithRole(Role.ADMIN, fixtures.chapterOf(memberOfA));
        Map<String, String> values = Map.of("token", "not-a-token", "termId", UUID.randomUUID().toString(),
                "aliasId", UUID.randomUUID().toString(), "slug", "vision", "language", "en", "version", "1",
                "status", "404");
        List<String> wrong = new ArrayList<>();
        for (Endpoint endpoint : mapped()) {
            RequestRule rule = ruleFor(endpoint);
            assertThat(rule).as(endpoint.toString()).isNotNull();
            HttpMethod method = endpoint.method() == null ? HttpMethod.GET : endpoint.method();
            String unitOrMember = endpoint.pattern().startsWith("/members/") ? memberOfB.toString() : chapterB.toString();
            String path = expand(endpoint.pattern(), values, unitOrMember);

            MockHttpServletResponse visitor = perform(method, path, null);
            boolean toLogin = visitor.getStatus() == 302 && String.valueOf(visitor.getRedirectedUrl()).endsWith("/login");
            if (rule.access() == Access.ANYONE && (toLogin || visitor.getStatus() >= 500)
                    || rule.access() != Access.ANYONE && !toLogin) {
                wrong.add("visitor " + endpoint + " (" + path + "): " + visitor.getStatus() + " " + visitor.getRedirectedUrl());
            }
            // a signed-in member changes nothing here: only reads, and the writes that must be refused
            if (method != HttpMethod.GET && rule.action() == null) {
                continue;
            }
            for (UUID reader : List.of(memberOfA, adminOfA)) {
                MockHttpServletResponse answer = perform(method, path, reader);
                int status = answer.getStatus();
                boolean refused = status == 403 || status == 404;
                if (status >= 500 || String.valueOf(answer.getRedirectedUrl()).endsWith("/login")
                        || rule.action() != null && !refused) {
                    wrong.add((reader == adminOfA ? "admin of A " : "member ") + endpoint + " (" + path + "): "
                            + status + " " + answer.getRedirectedUrl());
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    private MockHttpServletResponse perform(HttpMethod method, String path, @Nullable UUID reader) throws Exception {
        MockHttpServletRequestBuilder request = request(method, path).with(fixtures.as(reader));
        if (method != HttpMethod.GET) {
            request = request.with(csrf());
        }
        return mvc.perform(request).andReturn().getResponse();
    }

    private static String expand(String pattern, Map<String, String> values, String id) {
        Matcher variable = VARIABLE.matcher(pattern);
        StringBuilder path = new StringBuilder();
        while (variable.find()) {
            variable.appendReplacement(path, variable.group(1).equals("id") ? id : values.get(variable.group(1)));
        }
        return variable.appendTail(path).toString();
    }
}
