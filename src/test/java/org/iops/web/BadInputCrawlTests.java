package org.iops.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.iops.ApplicationTest;
import org.iops.web.BadInputValues.Body;
import org.iops.polls.Polls;
import org.iops.units.UnitFixtures;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.webmvc.test.autoconfigure.MockMvcBuilderCustomizer;
import org.springframework.boot.webmvc.test.autoconfigure.MockMvcPrint;
import org.springframework.boot.webmvc.test.autoconfigure.SpringBootMockMvcBuilderCustomizer;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.DefaultMockMvcBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * No visitor, member or admin gets a server error from any endpoint, whatever they send. Every endpoint Spring maps
 * (read from the handler mappings, so a new controller is crawled too) is asked, as a visitor, a plain member, the
 * admin of another chapter and the unit's own admin, with the real ids of another unit's things, random and malformed
 * ids, odd query parameters, and (for writes, with a valid CSRF token) empty forms, 1 MB fields, control characters,
 * invalid UTF-8, wrong types and another member's ids. It fails on any 5xx, any Java exception name or stack frame in
 * a page, and any write from a request that named nothing real or that was answered with the form again (200).
 */
@ApplicationTest
class BadInputCrawlTests {

    private static final Pattern VARIABLE = Pattern.compile("\\{(\\w+)(?::[^}]*)?}");
    private static final Pattern ENDING = Pattern.compile(
            "/(cancel|delete|archive|close|merge|remove|withdraw|leave|end|status|move|hide)$");
    private static final List<String> MALFORMED = List.of("x", "%00", "..%2F", "a".repeat(300));
    /** The tables a bad request must leave alone; those listeners fill later (notifications, search) are not here. */
    private static final List<String> TABLES = List.of("member", "units", "unit_roles", "unit_aliases",
            "unit_memberships", "member_placements", "forum_category", "forum_topic", "forum_reply",
            "forum_subscription", "blog_post", "blog_post_revision", "comment", "reaction", "polls", "poll_ballots",
            "proposal", "proposal_version", "proposal_support", "proposal_amendment", "committee_query",
            "committee_answer", "content_page_revision", "governing_rule", "convention_meeting", "moderation_flag",
            "moderation_appeal", "member_token", "setup_link", "notification_preference");
    private static final String COUNT_ROWS = String.join(" UNION ALL ",
            TABLES.stream().map(table -> "SELECT count(*) FROM " + table).toList());

    @Autowired
    WebApplicationContext context;
    @Autowired
    List<MockMvcBuilderCustomizer> customizers;
    @Autowired
    UnitFixtures fixtures;
    @Autowired
    JdbcClient db;
    @Autowired
    Polls polls;
    @Autowired
    Clock clock;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    private record Endpoint(HttpMethod method, String pattern, HandlerMethod handler) {
        @Override
        public String toString() {
            return method.name() + " " + pattern;
        }
    }


    private final List<String> failures = new ArrayList<>();
    private int requests;
    private MockMvc mvc;

    /**
     * The shared context's MockMvc without its printer: that one formats every request and answer (1 MB fields
     * included) to print them should the test fail, which made this crawl several times slower.
     */
    @BeforeEach
    void quietMockMvc() {
        DefaultMockMvcBuilder builder = MockMvcBuilders.webAppContextSetup(context);
        customizers.stream().filter(c -> !(c instanceof SpringBootMockMvcBuilderCustomizer))
                .forEach(c -> c.customize(builder));
        SpringBootMockMvcBuilderCustomizer filters = new SpringBootMockMvcBuilderCustomizer(context);
        filters.setPrint(MockMvcPrint.NONE);
        filters.customize(builder);
        mvc = builder.build();
    }

    @Test
    void noReaderGetsAServerErrorAStackTraceOrAHalfWriteFromAnyEndpoint() throws Exception {
        BadInputWorld world = BadInputWorld.make(mvc, fixtures, db, polls, clock);
        List<Endpoint> endpoints = endpoints();
        assertThat(endpoints).as("the crawl sees the controllers").hasSizeGreaterThan(150)
                .extracting(Endpoint::toString).contains("POST /topics/{id}/replies", "GET /units/{id}");
        List<String> readers = List.copyOf(world.readers().keySet());
        int turn = 0;
        for (Endpoint endpoint : endpoints) {
            List<Body> bodies = endpoint.method() == HttpMethod.GET ? BadInputValues.queries()
                    : BadInputValues.bodies(world);
            for (String reader : readers) {
                @Nullable UUID member = world.readers().get(reader);
                String real = fill(endpoint.pattern(), world.realId(endpoint.pattern()).toString(), false);
                boolean reached = check(reader, member, endpoint, real, null, false);
                if (endpoint.method() == HttpMethod.GET) {
                    check(reader, member, endpoint, real, BadInputValues.HTMX, false);
                }
                check(reader, member, endpoint, fill(endpoint.pattern(), UUID.randomUUID().toString(), false),
                        null, true);
                // whoever reaches the form (the unit's admin always; a visitor on the join form, a member on their
                // own pages) gets every bad value; those turned away before a form is read take turns
                boolean reachesForms = reached || world.adminOfB().equals(member);
                for (int i = 0; i < bodies.size(); i++) {
                    if (reachesForms || (i + turn + readers.indexOf(reader)) % readers.size() == 0) {
                        check(reader, member, endpoint, real, bodies.get(i), false);
                    }
                }
            }
            // each malformed id once per endpoint, by turns as each reader, so every reader meets every kind
            for (String bad : MALFORMED) {
                String reader = readers.get(turn++ % readers.size());
                check(reader, world.readers().get(reader), endpoint, fill(endpoint.pattern(), bad, true), null, true);
            }
        }
        assertThat(failures).as("of " + requests + " requests to " + endpoints.size() + " endpoints").isEmpty();
    }

    /** Sends the request and notes what is wrong with the answer; true if the reader was let in (a page, a refused form). */
    private boolean check(String reader, @Nullable UUID member, Endpoint endpoint, String path, @Nullable Body body,
            boolean namesNothing) throws Exception {
        if (!VARIABLE.matcher(endpoint.pattern()).find() && namesNothing) {
            return false; // an address without ids has no wrong ids to try
        }
        MockHttpServletRequestBuilder request = request(endpoint.method(), URI.create(path))
                .header("Accept-Language", "de").with(fixtures.as(member));
        boolean write = endpoint.method() != HttpMethod.GET;
        if (write) {
            request = request.with(csrf());
        }
        if (body != null && body.name().startsWith("?")) {
            request = request(endpoint.method(), URI.create(path + body.name())).header("Accept-Language", "de")
                    .with(fixtures.as(member));
        } else if (body == BadInputValues.HTMX) {
            request = request.header("HX-Request", "true");
        } else if (body != null) {
            request = fillIn(request, endpoint, body);
        }
        String what = reader + " " + endpoint + " " + abbreviated(path) + (body == null ? "" : " with " + body.name());
        List<Long> before = write ? rows() : List.of();
        requests++;
        MockHttpServletResponse response;
        try {
            response = mvc.perform(request).andReturn().getResponse();
        } catch (Exception unhandled) {
            failures.add(what + ": threw " + unhandled);
            return false;
        }
        int status = response.getStatus();
        String page = response.getContentAsString();
        if (status >= 500) {
            failures.add(what + ": " + status);
        } else if (page.contains("Exception") || page.contains("at org.") || page.contains("at java.")) {
            failures.add(what + ": " + status + " showing a Java exception");
        } else if (write && (namesNothing || status == 200) && !before.equals(rows())) {
            failures.add(what + ": " + status + " but wrote rows " + changed(before, rows()));
        }
        return status < 300 || status == 400 || status == 422;
    }

    private MockHttpServletRequestBuilder fillIn(MockHttpServletRequestBuilder request, Endpoint endpoint, Body body) {
        Set<String> fields = FormFieldNames.of(endpoint.handler());
        if (body.name().equals("invalid UTF-8")) {
            StringBuilder content = new StringBuilder();
            for (String field : fields) {
                content.append(content.isEmpty() ? "" : "&").append(field).append("=%C3%28%FF%FE");
            }
            return request.contentType(MediaType.APPLICATION_FORM_URLENCODED).content(content.toString());
        }
        for (String field : fields) {
            List<String> values = body.values().apply(field);
            if (!values.isEmpty()) {
                request = request.param(field, values.toArray(String[]::new));
            }
        }
        return request;
    }


    private List<Long> rows() {
        return db.sql(COUNT_ROWS).query(Long.class).list();
    }

    private static String changed(List<Long> before, List<Long> after) {
        List<String> tables = new ArrayList<>();
        for (int i = 0; i < TABLES.size(); i++) {
            if (!before.get(i).equals(after.get(i))) {
                tables.add(TABLES.get(i) + " " + before.get(i) + " -> " + after.get(i));
            }
        }
        return tables.toString();
    }

    private List<Endpoint> endpoints() {
        List<Endpoint> endpoints = new ArrayList<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : mappings.getHandlerMethods().entrySet()) {
            Set<RequestMethod> methods = entry.getKey().getMethodsCondition().getMethods();
            for (String pattern : entry.getKey().getPatternValues()) {
                for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
                    endpoints.add(new Endpoint(method.asHttpMethod(), pattern, entry.getValue()));
                }
            }
        }
        // what ends a thing (cancel a poll, delete a topic, merge a chapter) comes last, after every other form has
        // met B's things while they were still open
        endpoints.sort(java.util.Comparator.comparing((Endpoint e) -> ENDING.matcher(e.pattern()).find())
                .thenComparing(Endpoint::toString));
        return endpoints;
    }

    /** The address with its ids (every variable when {@code everyVariable}) set to the value, the rest plausible. */
    private static String fill(String pattern, String id, boolean everyVariable) {
        Map<String, String> plausible = Map.of("token", "not-a-token", "slug", "vision", "language", "en",
                "version", "1", "status", "404");
        Matcher variable = VARIABLE.matcher(pattern);
        StringBuilder path = new StringBuilder();
        while (variable.find()) {
            String name = variable.group(1);
            String value = everyVariable || !plausible.containsKey(name) ? id : plausible.get(name);
            variable.appendReplacement(path, Matcher.quoteReplacement(value));
        }
        return variable.appendTail(path).toString();
    }

    private static String abbreviated(String text) {
        return text.length() > 60 ? text.substring(0, 60) + "…" : text;
    }
}
