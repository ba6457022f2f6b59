package org.iops.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.iops.ApplicationTest;
import org.iops.TestContent;
import org.iops.members.account.Tokens;
import org.iops.notifications.mail.SignedTokens;
import org.iops.polls.Polls;
import org.iops.units.UnitFixtures;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Nobody changes what is not theirs by naming it. Every state-changing endpoint Spring maps (POST, PUT, PATCH,
 * DELETE, read from the handler mappings: a new one is walked too, and the walk fails on one whose address or form it
 * cannot fill) is sent a complete, plausible form naming chapter B's things, by a member of chapter A who holds no
 * role, by a visitor, and by B's own author without the CSRF token. Each must be refused (a 4xx; a visitor is sent to
 * sign in) and every row that mentions one of B's things, the audit tables' included, must be as it was.
 */
@ApplicationTest
class ForeignIdsTests {

    private static final Pattern VARIABLE = Pattern.compile("\\{(\\w+)(?::[^}]*)?}");
    /** The member's own endpoints: they name nothing of anyone else's, so there is nothing foreign to fill in. */
    private static final Set<String> OWN = Set.of("/logout", "/join", "/password/reset", "/verify/resend",
            "/notifications/read-all", "/me/delete", "/me/email", "/me/gender", "/me/language", "/me/notifications",
            "/me/password", "/me/privacy", "/me/profile", "/me/residence", "/me/sessions", "/login",
            // the unit named is the one the member chooses to join or leave: their own membership changes, or nothing
            "/units/{id}/join", "/units/{id}/leave");

    @Autowired
    MockMvc mvc;
    @Autowired
    UnitFixtures fixtures;
    @Autowired
    JdbcClient db;
    @Autowired
    Polls polls;
    @Autowired
    Clock clock;
    @Autowired
    Tokens memberTokens;
    @Autowired
    SignedTokens signedTokens;
    @Autowired
    TestContent testItems;
    @Autowired
    List<RequestRules> rules;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    private ForeignThings things;
    private List<String> tables;
    private final List<String> failures = new ArrayList<>();

    private record Endpoint(HttpMethod method, String pattern, HandlerMethod handler) {
        @Override
        public String toString() {
            return method.name() + " " + pattern;
        }
    }

    @BeforeEach
    void makeB() throws Exception {
        things = ForeignThings.make(BadInputWorld.make(mvc, fixtures, db, polls, clock), db, memberTokens,
                signedTokens, testItems);
        tables = ForeignThings.tables(db);
    }

    @Test
    void aMemberWithoutRolesChangesNothingOfAnotherMembersOrUnitsByNamingIt() throws Exception {
        List<Endpoint> writes = writes();
        assertThat(writes).as("the walk sees the forms").hasSizeGreaterThan(100)
                .extracting(Endpoint::toString).contains("POST /topics/{id}/replies", "POST /units/{id}/roles");
        settle();
        for (Endpoint endpoint : writes) {
            if (OWN.contains(endpoint.pattern())) {
                continue;
            }
            MockHttpServletResponse answer = send(endpoint, things.attacker(), true, "a member of chapter A");
            if (answer != null && !refused(answer)) {
                failures.add("a member of chapter A " + endpoint + ": " + answer.getStatus() + " "
                        + answer.getRedirectedUrl());
            }
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void aVisitorIsSentToSignInAndChangesNothing() throws Exception {
        settle();
        for (Endpoint endpoint : writes()) {
            MockHttpServletResponse answer = send(endpoint, null, true, "a visitor");
            if (answer == null || !membersOnly(endpoint)) {
                continue; // a public form (join, reset, a link) is checked for its writes alone
            }
            boolean toLogin = answer.getStatus() == 302 && "/login".equals(answer.getRedirectedUrl())
                    || String.valueOf(answer.getRedirectedUrl()).endsWith("/login");
            if (!toLogin && answer.getStatus() != 403 && answer.getStatus() != 404) {
                failures.add("a visitor " + endpoint + ": " + answer.getStatus() + " " + answer.getRedirectedUrl());
            }
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void withoutTheCsrfTokenEvenTheOwnerChangesNothing() throws Exception {
        Set<String> exempt = Set.copyOf(rules.stream().flatMap(r -> r.withoutCsrf().stream()).toList());
        settle();
        for (Endpoint endpoint : writes()) {
            if (exempt.contains(endpoint.pattern()) || endpoint.pattern().equals("/login")) {
                continue; // the login form is Spring Security's own, and checked by its tests
            }
            MockHttpServletResponse answer = send(endpoint, things.world().authorB(), false, "B's author");
            if (answer != null && answer.getStatus() != 403) {
                failures.add("B's author without CSRF " + endpoint + ": " + answer.getStatus());
            }
        }
        assertThat(failures).isEmpty();
    }

    /** Sends the filled-in form; notes any change to B's rows. Null (and a failure) when it cannot be filled. */
    private @Nullable MockHttpServletResponse send(Endpoint endpoint, @Nullable UUID reader, boolean withCsrf,
            String who) throws Exception {
        String path = fill(endpoint);
        if (path == null) {
            return null;
        }
        MockHttpServletRequestBuilder request = request(endpoint.method(), URI.create(path))
                .header("Accept-Language", "en").with(fixtures.as(reader));
        if (withCsrf) {
            request = request.with(csrf());
        }
        for (String field : FormFieldNames.of(endpoint.handler())) {
            String value = things.field(field);
            if (value != null) {
                request = request.param(field, value);
            }
        }
        Map<String, String> before = fingerprint();
        MockHttpServletResponse answer = mvc.perform(request).andReturn().getResponse();
        Map<String, String> after = fingerprint();
        if (!before.equals(after)) {
            failures.add(who + " " + endpoint + " (" + answer.getStatus() + ") changed " + changed(before, after));
        }
        return answer;
    }

    private @Nullable String fill(Endpoint endpoint) {
        Matcher variable = VARIABLE.matcher(endpoint.pattern());
        StringBuilder path = new StringBuilder();
        while (variable.find()) {
            String value = things.variable(endpoint.pattern(), variable.group(1));
            if (value == null) {
                failures.add(endpoint + ": no foreign value for {" + variable.group(1) + "}; teach ForeignThings");
                return null;
            }
            variable.appendReplacement(path, Matcher.quoteReplacement(value));
        }
        return variable.appendTail(path).toString();
    }

    /** A refusal: a 4xx page (403, 404, a conflict, the form with its message); a success redirects or is a 200. */
    private static boolean refused(MockHttpServletResponse answer) {
        return answer.getStatus() >= 400 && answer.getStatus() < 500;
    }

    private boolean membersOnly(Endpoint endpoint) {
        return rules.stream().flatMap(r -> r.rules().stream())
                .filter(rule -> rule.pattern().equals(endpoint.pattern())
                        && (rule.method() == null || rule.method() == endpoint.method()))
                .noneMatch(rule -> rule.access() == RequestRule.Access.ANYONE);
    }

    /** Waits until what the world's making set off (mail, notifications, search) has settled for two seconds. */
    private void settle() {
        AtomicReference<Map<String, String>> last = new AtomicReference<>(Map.of());
        AtomicInteger unchanged = new AtomicInteger();
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).until(() -> {
            boolean same = Objects.equals(last.getAndSet(fingerprint()), last.get());
            return (same ? unchanged.incrementAndGet() : unchanged.getAndSet(0)) >= 4;
        });
    }

    /** Per table, a hash of the rows that mention one of B's things. */
    private Map<String, String> fingerprint() {
        String sql = String.join(" UNION ALL ", tables.stream().map(table -> "SELECT '" + table
                + "' AS t, coalesce(md5(string_agg(md5(r::text), '' ORDER BY md5(r::text))), '') AS h FROM "
                + table + " r WHERE r::text ~ :mentions").toList());
        Map<String, String> hashes = new TreeMap<>();
        db.sql(sql).param("mentions", things.mentions())
                .query((rs, n) -> hashes.put(rs.getString("t"), rs.getString("h"))).list();
        return hashes;
    }

    private static List<String> changed(Map<String, String> before, Map<String, String> after) {
        return before.keySet().stream().filter(table -> !before.get(table).equals(after.get(table))).toList();
    }

    private List<Endpoint> writes() {
        List<Endpoint> endpoints = new ArrayList<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : mappings.getHandlerMethods().entrySet()) {
            for (RequestMethod method : entry.getKey().getMethodsCondition().getMethods()) {
                if (method != RequestMethod.GET && method != RequestMethod.HEAD && method != RequestMethod.OPTIONS) {
                    entry.getKey().getPatternValues().forEach(pattern ->
                            endpoints.add(new Endpoint(method.asHttpMethod(), pattern, entry.getValue())));
                }
            }
        }
        endpoints.sort(java.util.Comparator.comparing(Endpoint::toString));
        return endpoints;
    }
}
