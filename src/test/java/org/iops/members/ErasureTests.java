package org.iops.members;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.servlet.http.Cookie;
import java.util.UUID;
import org.iops.members.account.Moderation;
import org.iops.members.account.UnverifiedAccounts;
import org.iops.units.UnitDirectory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * Every way an account goes (the member deleting it, an admin removing it, the removal of an account whose address
 * was never confirmed) publishes {@link MemberDeleted}, and on it every module erases its part: the units module
 * the placements, memberships and roles, the pages module the author's name on the revisions they wrote. The export
 * holds each module's part.
 */
@RecordApplicationEvents
class ErasureTests extends MembersIntegrationTest {

    @Autowired
    ApplicationEvents events;
    @Autowired
    UnitDirectory units;
    @Autowired
    Moderation moderation;
    @Autowired
    UnverifiedAccounts unverified;

    @Test
    void theExportHoldsEachModulesPartRolesFromUnitsAndRevisionsFromPages() throws Exception {
        String email = newEmail("exporting-editor");
        UUID id = verifiedMember(email, "Editor", "PT", "Braga");
        holdsAdminRoleInTheirChapter(id);
        wroteARevision(id, 2001);

        String json = perform(get("/me/export").cookie(login(email, PASSWORD))).getContentAsString();

        assertThat(json).contains("\"roles\":[{\"role\":\"ADMIN\"", "\"memberships\":[", "\"name\":\"Braga\"",
                "\"pageRevisions\":[{\"page\":\"history\",\"language\":\"en\",\"version\":2001");
    }

    @Test
    void aMemberDeletingTheirAccountLeavesNothingInAnyModule() throws Exception {
        String email = newEmail("self-deleting");
        UUID id = verifiedMember(email, "Leaving", "PT", "Braga");
        holdsAdminRoleInTheirChapter(id);
        wroteARevision(id, 2002);
        Cookie session = login(email, PASSWORD);

        assertThat(perform(post("/me/delete").with(csrf()).cookie(session).param("password", PASSWORD))
                .getRedirectedUrl()).isEqualTo("/?deleted");

        assertErasedEverywhere(id);
    }

    @Test
    void anAdminRemovingAnAccountLeavesNothingInAnyModule() throws Exception {
        UUID id = verifiedMember(newEmail("removed"), "Removed", "PT", "Braga");
        wroteARevision(id, 2003);
        UUID branchAdmin = verifiedMember(newEmail("branch-admin"), "Branch admin", "PT", "Porto");
        db.sql("INSERT INTO unit_roles (id, unit_id, member_id, role, starts_at) VALUES (?, ?, ?, 'ADMIN', now() - interval '1 day')")
                .params(UUID.randomUUID(), units.placementOf(id).orElseThrow().branch().id().value(), branchAdmin)
                .update();

        moderation.remove(branchAdmin, id);

        assertErasedEverywhere(id);
    }

    @Test
    void removingAnAccountNeverConfirmedAlsoTellsEveryModule() throws Exception {
        String email = newEmail("never-confirming");
        assertThat(perform(joinRequest(email, "Never", "PT", "Braga")).getRedirectedUrl()).isEqualTo("/join/sent");
        UUID id = memberId(email);
        wroteARevision(id, 2004);
        db.sql("UPDATE member SET joined_at = now() - interval '8 days' WHERE id = ?").param(id).update();

        assertThat(unverified.removeExpired()).isPositive();

        assertThat(count("SELECT count(*) FROM member WHERE id = ?", id)).isZero();
        assertErasedEverywhere(id);
    }

    private void holdsAdminRoleInTheirChapter(UUID member) {
        db.sql("INSERT INTO unit_roles (id, unit_id, member_id, role, starts_at) VALUES (?, ?, ?, 'ADMIN', now() - interval '1 day')")
                .params(UUID.randomUUID(), units.placementOf(member).orElseThrow().chapter().id().value(), member)
                .update();
    }

    private void wroteARevision(UUID author, int version) {
        db.sql("""
                INSERT INTO content_page_revision (slug, language, version, title, body, author_id, author_name, created_at)
                SELECT slug, language, :version, title, body, :author, 'Some Author', now()
                FROM content_page_revision WHERE slug = 'history' AND language = 'en' AND version = 1""")
                .param("version", version).param("author", author).update();
    }

    private void assertErasedEverywhere(UUID id) {
        assertThat(events.stream(MemberDeleted.class)).containsExactly(new MemberDeleted(id));
        assertThat(units.placementOf(id)).as("units: placement").isEmpty();
        assertThat(count("SELECT count(*) FROM unit_memberships WHERE member_id = ?", id)).as("units: memberships")
                .isZero();
        assertThat(count("SELECT count(*) FROM unit_roles WHERE member_id = ?", id)).as("units: roles").isZero();
        assertThat(count("SELECT count(*) FROM content_page_revision WHERE author_id = ? OR author_name = 'Some Author'",
                id)).as("pages: authorship").isZero();
    }
}
