package org.iops.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.iops.members.MembersIntegrationTest;
import org.iops.units.UnitDirectory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * The pages a signed-in member reads most (their chapter, their branch, their own page, the home page) are cheap:
 * reading them writes nothing to the session, and their number of SQL statements does not grow with the chapter.
 * The session still ends after its idle timeout and at logout.
 */
class SignedInPagesTests extends MembersIntegrationTest {

    @Autowired
    UnitDirectory units;


    /** A member alone in a new chapter of Estonia, signed in. */
    private record Reader(UUID id, UUID chapter, UUID branch, Cookie session) {

        Map<String, String> pages() {
            Map<String, String> pages = new LinkedHashMap<>();
            pages.put("chapter", "/units/" + chapter);
            pages.put("branch", "/units/" + branch);
            pages.put("own page", "/me");
            pages.put("home", "/");
            pages.put("what is new", "/new");
            return pages;
        }
    }

    private Reader signedInReader() throws Exception {
        String email = newEmail("reader");
        UUID id = verifiedMember(email, "Reader", "EE", "Tartu " + UUID.randomUUID().toString().substring(0, 8));
        UUID chapter = db.sql("SELECT m.unit_id FROM unit_memberships m JOIN units u ON u.id = m.unit_id "
                        + "WHERE m.member_id = ? AND m.until IS NULL AND u.level = 'CHAPTER'")
                .param(id).query(UUID.class).single();
        UUID branch = db.sql("SELECT branch_id FROM units WHERE id = ?").param(chapter).query(UUID.class).single();
        return new Reader(id, chapter, branch, login(email, PASSWORD));
    }

    private MockHttpServletResponse read(String path, Cookie session) throws Exception {
        MockHttpServletResponse response = perform(get(path).cookie(session));
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        return response;
    }

    /** The session row and its attributes as stored: {@code xmin} changes whenever PostgreSQL rewrites a row. */
    private List<String> storedSession(Cookie session) {
        return db.sql("SELECT s.xmin::text || ' ' || s.last_access_time || ' ' || coalesce((SELECT string_agg("
                        + "a.xmin::text, ',' ORDER BY a.attribute_name) FROM spring_session_attributes a "
                        + "WHERE a.session_primary_id = s.primary_id), '') FROM spring_session s WHERE s.session_id = ?")
                .param(sessionId(session)).query(String.class).list();
    }

    /** Moves the reader's session back in time as if unused for {@code millis} (an SQL expression); its id. */
    private String sessionIdleFor(Reader reader, String millis) throws Exception {
        read("/me", reader.session());
        String id = sessionId(reader.session());
        db.sql("UPDATE spring_session SET last_access_time = last_access_time - " + millis
                + ", expiry_time = expiry_time - " + millis + " WHERE session_id = ?").param(id).update();
        return id;
    }

    private static String sessionId(Cookie session) {
        return new String(Base64.getDecoder().decode(session.getValue()), StandardCharsets.UTF_8);
    }

    @Test
    void readingTheMeasuredPagesSignedInWritesNothingToTheSession() throws Exception {
        Reader reader = signedInReader();
        read("/me", reader.session()); // the first page after login makes the form token, a real change
        List<String> before = storedSession(reader.session());
        assertThat(before).hasSize(1);

        List<String> statements = StatementLog.during(() -> {
            for (int round = 0; round < 3; round++) {
                for (String path : reader.pages().values()) {
                    assertThat(read(path, reader.session()).getContentAsString()).contains("/logout");
                }
            }
        });

        assertThat(statements).as("statements of three rounds of signed-in page views")
                .noneMatch(sql -> sql.matches("(?is)\\s*(UPDATE|INSERT|DELETE).*SPRING_SESSION.*"));
        assertThat(statements).as("the session is read once per page view")
                .filteredOn(sql -> sql.matches("(?is)\\s*SELECT.*FROM SPRING_SESSION\\b.*")).hasSize(3 * reader.pages().size());
        assertThat(storedSession(reader.session())).as("the session row and its attributes are untouched")
                .isEqualTo(before);
    }

    @Test
    void aSessionUsedAgainAfterAMinuteIsKeptAliveFromThatRequest() throws Exception {
        Reader reader = signedInReader();
        String id = sessionIdleFor(reader, "120000"); // the member last did something two minutes ago
        long idleSince = db.sql("SELECT last_access_time FROM spring_session WHERE session_id = ?").param(id)
                .query(Long.class).single();

        read("/units/" + reader.chapter(), reader.session());

        Map<String, Object> row = db.sql("SELECT last_access_time, expiry_time, max_inactive_interval "
                + "FROM spring_session WHERE session_id = ?").param(id).query().singleRow();
        long lastAccess = ((Number) row.get("last_access_time")).longValue();
        assertThat(lastAccess).as("the request counts as activity").isGreaterThanOrEqualTo(idleSince + 120000 - 5000);
        assertThat(((Number) row.get("expiry_time")).longValue()).as("the idle timeout runs from this request")
                .isEqualTo(lastAccess + ((Number) row.get("max_inactive_interval")).longValue() * 1000);
    }

    @Test
    void aSessionIdleLongerThanItsTimeoutHasEnded() throws Exception {
        Reader reader = signedInReader();
        // last used a second longer ago than the idle timeout (8 hours)
        String id = sessionIdleFor(reader, "(max_inactive_interval + 1) * 1000");

        assertThat(perform(get("/me").cookie(reader.session())).getRedirectedUrl())
                .as("signed out: the login page").isEqualTo("/login");
        assertThat(count("SELECT count(*) FROM spring_session WHERE session_id = ?", id)).isZero();
    }

    @Test
    void loggingOutEndsTheSession() throws Exception {
        Reader reader = signedInReader();
        read("/me", reader.session());
        String id = sessionId(reader.session());

        assertThat(perform(post("/logout").with(csrf()).cookie(reader.session())).getRedirectedUrl())
                .isEqualTo("/?signedOut");

        assertThat(count("SELECT count(*) FROM spring_session WHERE session_id = ?", id)).isZero();
        assertThat(perform(get("/me").cookie(reader.session())).getRedirectedUrl()).isEqualTo("/login");
    }

    @Test
    void eachPageSendsAsManyStatementsForAChapterOfTwoHundredAsForOneOfTen() throws Exception {
        Reader reader = signedInReader();
        read("/me", reader.session());
        growChapter(reader, 9);
        Map<String, Integer> small = statementsPerPage(reader);
        growChapter(reader, 190);
        assertThat(count("SELECT count(*) FROM unit_memberships WHERE unit_id = ? AND until IS NULL", reader.chapter()))
                .isEqualTo(200);
        assertThat(read("/units/" + reader.chapter(), reader.session()).getContentAsString()).contains("Clone 105");

        assertThat(statementsPerPage(reader)).as("statements per page at 200 members, as at 10").isEqualTo(small);
    }

    @Test
    void eachMeasuredPageReadsInOneReadOnlyTransactionOnOneConnectionBesideTheSessionsOwn() throws Exception {
        Reader reader = signedInReader();
        read("/me", reader.session());
        growChapter(reader, 20);
        for (Map.Entry<String, String> page : reader.pages().entrySet()) {
            read(page.getValue(), reader.session());
            StatementLog.during(() -> assertThat(read(page.getValue(), reader.session()).getContentAsString())
                    .contains("/logout"));

            assertThat(StatementLog.connections()).as(page.getKey() + ": the session is read in a transaction of its own, "
                    + "then every read of the page in one read-only transaction, each on a connection of its own")
                    .containsExactly("getConnection", "begin", "commit", "getConnection", "begin read-only", "commit");
        }
    }

    /** The statements each measured page sends, read twice so that what the first reading fills is not counted. */
    private Map<String, Integer> statementsPerPage(Reader reader) throws Exception {
        Map<String, Integer> counted = new LinkedHashMap<>();
        for (Map.Entry<String, String> page : reader.pages().entrySet()) {
            read(page.getValue(), reader.session());
            List<String> statements = StatementLog.during(() -> read(page.getValue(), reader.session()));
            counted.put(page.getKey(), statements.size());

        }
        return counted;
    }

    /** Adds confirmed members who show their town to everyone and have lived in the reader's chapter for 40 days. */
    private void growChapter(Reader reader, int more) {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        long already = count("SELECT count(*) FROM member WHERE email LIKE ?", "clone-%-" + reader.id() + "-%");
        db.sql("""
                INSERT INTO member (id, email, email_verified_at, password_hash, display_name, country_code, locality,
                    locality_audience, joined_at, updated_at, privacy_consent_at)
                SELECT gen_random_uuid(), 'clone-' || (g + :already) || '-' || :reader || '-' || :tag || '@example.org',
                    now(), password_hash, 'Clone ' || (g + :already), country_code, locality, 'EVERYONE', now(), now(), now()
                FROM member, generate_series(1, :more) g WHERE id = :reader""")
                .param("already", already).param("reader", reader.id()).param("tag", tag).param("more", more).update();
        db.sql("""
                INSERT INTO unit_memberships (id, member_id, unit_id, kind, since)
                SELECT gen_random_uuid(), id, :chapter, 'RESIDENCE', now() - interval '40 days'
                FROM member WHERE email LIKE :pattern""")
                .param("chapter", reader.chapter()).param("pattern", "clone-%-" + reader.id() + "-" + tag + "@example.org")
                .update();
        units.recountMembers();
        // memberships written behind the units module's back, as a bulk load does: what pages keep is read again
        standingsForTests.forgetEveryone();
    }
}
