package org.iops.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.iops.members.MembersIntegrationTest;
import org.iops.members.Outbox;
import org.iops.polls.Polls;
import org.iops.units.UnitFixtures;
import org.iops.units.UnitId;
import org.iops.web.PrivacyWorld.Reader;
import org.iops.web.PrivacyWorld.Sentinel;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.webmvc.test.autoconfigure.MockMvcBuilderCustomizer;
import org.springframework.boot.webmvc.test.autoconfigure.MockMvcPrint;
import org.springframework.boot.webmvc.test.autoconfigure.SpringBootMockMvcBuilderCustomizer;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.DefaultMockMvcBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The privacy crawl: the whole site read as a visitor, a member of another branch, a member (and an admin) of another
 * chapter of the same branch, a chapter mate and X's admin, breadth-first from the front page, the search for each
 * sentinel, the unit pages, each seeded member's profile and item, and every GET address Spring maps filled with the
 * seeded ids (what an attacker guesses). No answer may be a 5xx or carry, in its body or headers, a sentinel
 * ({@link PrivacyWorld}) the reader is not entitled to; each entitled reader must find each sentinel somewhere; and
 * the notification emails the seeding sent to the readers carry nothing they may not read.
 */
class PrivacyCrawlTests extends MembersIntegrationTest {

    /** Pages read per reader at most: the whole test stays near a minute. */
    private static final int CAP = 1500;
    private static final Pattern VARIABLE = Pattern.compile("\\{(\\w+)(?::[^}]*)?}");
    private static final Map<String, String> PLAUSIBLE = Map.of("token", "not-a-token", "slug", "vision",
            "language", "en", "version", "1", "status", "404");
    private static final List<String> VARIANTS = List.of("", "?all", "?all=true", "?page=2", ".atom", ".json");

    @Autowired
    WebApplicationContext context;
    @Autowired
    List<MockMvcBuilderCustomizer> customizers;
    @Autowired
    UnitFixtures fixtures;
    @Autowired
    Polls polls;
    @Autowired
    java.time.Clock clock;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    private final Set<String> failures = new LinkedHashSet<>();
    private final Set<String> found = new TreeSet<>();

    @Test
    void noReaderFindsWhatTheyMayNotSeeAndEveryReaderFindsWhatTheyMay() throws Exception {
        PrivacySeeds seeds = new PrivacySeeds(mvc, fixtures, db, this::verifiedMember, polls, clock);
        PrivacyWorld world = seeds.make(PASSWORD);
        settle(seeds.settled().toArray(UUID[]::new));
        List<String> start = seeds(world);
        SiteCrawler crawler = new SiteCrawler(quietMockMvc(), CAP);
        long began = System.nanoTime();
        StringBuilder read = new StringBuilder();
        for (Map.Entry<Reader, @Nullable UUID> reader : world.readers.entrySet()) {
            int pages = crawler.crawl(start, fixtures.as(reader.getValue()),
                    page -> check(world, reader.getKey(), page.url(), page.path(), page.status(), page.lowerCase()));
            read.append(reader.getKey()).append(' ').append(pages).append(", ");
        }
        long seconds = (System.nanoTime() - began) / 1_000_000_000;
        System.out.println("privacy crawl: " + crawler.requests() + " requests in " + seconds + " s (" + read + ")");
        checkMail(world);
        for (Sentinel sentinel : world.sentinels) {
            for (Reader reader : sentinel.entitled()) {
                if (sentinel.mustBeFound() && !found.contains(reader + " " + sentinel.value())) {
                    failures.add(reader + " never found " + sentinel.what() + " (" + sentinel.value() + ")");
                }
            }
        }
        assertThat(crawler.requests()).as("the crawl read the site").isGreaterThan(world.readers.size() * 100);
        assertThat(failures).as("in " + crawler.requests() + " pages").isEmpty();
    }

    private void check(PrivacyWorld world, Reader reader, String url, String path, int status, String text) {
        if (status >= 500) {
            failures.add(reader + " got " + status + " from " + url);
        }
        for (Sentinel sentinel : world.sentinels) {
            // a sentinel the reader typed into the address (a search) comes back as typed, and tells nothing
            if (text.contains(sentinel.value()) && !url.toLowerCase().contains(sentinel.value())) {
                if (sentinel.mayBeSeenBy(reader, path)) {
                    found.add(reader + " " + sentinel.value());
                } else {
                    failures.add(reader + " saw " + sentinel.what() + " at " + url + " (" + status + ")");
                }
            }
        }
    }

    /** The mentions in the topics told every reader; only the chapter mate and X's admin may read what they say. */
    private void checkMail(PrivacyWorld world) {
        UUID mate = world.reader(Reader.CHAPTER_MATE);
        assertThat(Outbox.await(mate + "@example.org", 1)).as("the chapter mate was told of the mention").isNotEmpty();
        for (Map.Entry<Reader, @Nullable UUID> reader : world.readers.entrySet()) {
            if (reader.getValue() == null) {
                continue;
            }
            String address = reader.getValue() + "@example.org";
            Outbox.settledCount(address);
            for (Outbox.Mail mail : Outbox.to(address)) {
                String text = (mail.subject() + "\n" + mail.text() + "\n" + mail.html()).toLowerCase();
                if (world.sentBeforeDeletion.contains(mail.file().toString())) {
                    for (Sentinel erased : world.erased) {
                        text = text.replace(erased.value(), "");
                    }
                }
                check(world, reader.getKey(), "mail \"" + mail.subject() + "\"", "mail:", 200, text);
            }
        }
    }

    /** Where each reader starts: the site's front doors, the searches, and every address that names a seeded thing. */
    private List<String> seeds(PrivacyWorld world) {
        List<String> start = new ArrayList<>(List.of("/", "/branches", "/new", "/me", "/me/export", "/notifications", "/search",
                "/units/" + UnitId.INTERNATIONAL.value(), "/units/chapter-suggestions?country=" + world.countryB,
                "/mentions?q=zq", "/mentions?q=Zq"));
        for (Sentinel sentinel : world.sentinels) {
            start.add("/search?q=" + sentinel.value());
            start.add("/mentions?q=" + sentinel.value().substring(0, 4));
        }
        for (UUID unit : world.things.get("units")) {
            start.add("/units/" + unit + "/admin?q=zq"); // the role form's member search, by the start of a name
            for (UUID member : world.things.get("members")) {
                start.add("/units/" + unit + "/audit?member=" + member); // a filter that names whom it filters by
            }
        }
        for (UUID member : world.things.get("members")) {
            start.add("/search?author=" + member);
            start.add("/search?q=zq&author=" + member);
        }
        for (String ref : world.refs) {
            start.add("/mentions?q=zq&item=" + ref);
            start.add("/search?q=zq&item=" + ref);
        }
        for (Map.Entry<String, List<UUID>> kind : world.things.entrySet()) {
            for (UUID id : kind.getValue()) {
                for (String variant : VARIANTS) {
                    start.add("/" + kind.getKey() + "/" + id + variant);
                }
            }
        }
        for (RequestMappingInfo mapping : mappings.getHandlerMethods().keySet()) {
            Set<RequestMethod> methods = mapping.getMethodsCondition().getMethods();
            if (!methods.isEmpty() && !methods.contains(RequestMethod.GET)) {
                continue;
            }
            for (String pattern : mapping.getPatternValues()) {
                start.addAll(filled(pattern, world));
            }
        }
        return start;
    }

    /** The address with its first id set to each seeded thing of the kind its first segment names. */
    private static List<String> filled(String pattern, PrivacyWorld world) {
        if (!VARIABLE.matcher(pattern).find()) {
            return List.of(pattern);
        }
        String kind = pattern.split("/")[1];
        List<UUID> ids = world.things.getOrDefault(kind, List.of(world.chapterX));
        List<String> urls = new ArrayList<>();
        for (UUID id : ids) {
            Matcher variable = VARIABLE.matcher(pattern);
            StringBuilder path = new StringBuilder();
            while (variable.find()) {
                String value = PLAUSIBLE.getOrDefault(variable.group(1), id.toString());
                variable.appendReplacement(path, Matcher.quoteReplacement(value));
            }
            urls.add(variable.appendTail(path).toString());
        }
        return urls;
    }

    /** The shared context's MockMvc without its printer, as {@code BadInputCrawlTests} builds it: thousands of pages. */
    private MockMvc quietMockMvc() {
        DefaultMockMvcBuilder builder = MockMvcBuilders.webAppContextSetup(context);
        customizers.stream().filter(c -> !(c instanceof SpringBootMockMvcBuilderCustomizer))
                .forEach(c -> c.customize(builder));
        SpringBootMockMvcBuilderCustomizer filters = new SpringBootMockMvcBuilderCustomizer(context);
        filters.setPrint(MockMvcPrint.NONE);
        filters.customize(builder);
        return builder.build();
    }
}
