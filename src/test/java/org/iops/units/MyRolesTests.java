package org.iops.units;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/** A member who holds a role finds "Admin" in the header, and there their roles with the way to each admin screen. */
class MyRolesTests extends UnitsIntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    UnitFixtures fixtures;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Permissions permissions;

    @Test
    void roleHoldersSeeTheirRolesFromTheHeader() throws Exception {
        UUID member = fixtures.memberIn("IS", UnitFixtures.unique("Akureyri"));
        UUID chapter = fixtures.chapterOf(member);
        UUID admin = fixtures.memberWithRole(Role.ADMIN, chapter);
        UUID moderator = fixtures.memberWithRole(Role.MODERATOR, fixtures.branchOf(member));

        assertThat(page("/branches", admin)).contains("<a href=\"/roles\"");
        assertThat(page("/branches", member)).doesNotContain("href=\"/roles\"");
        assertThat(page("/branches", null)).doesNotContain("href=\"/roles\"");

        String roles = page("/roles", admin);
        assertThat(roles).contains("Your roles").contains("href=\"/units/" + chapter + "\"")
                .contains("href=\"/units/" + chapter + "/admin\"").contains("Administer");
        // a moderator's role has no admin screen to link to
        assertThat(page("/roles", moderator)).contains("Moderator").doesNotContain("/admin\"");
        assertThat(page("/roles", member)).contains("You hold no role at the moment.");

        // an ended role leaves the header
        jdbc.sql("UPDATE unit_roles SET ends_at = now() WHERE member_id = ?").param(admin).update();
        permissions.forget(admin); // written behind RoleBook's back, so without the RoleEnded that drops the standing
        assertThat(page("/branches", admin)).doesNotContain("href=\"/roles\"");

        MockHttpServletResponse visitor = mvc.perform(get("/roles")).andReturn().getResponse();
        assertThat(visitor.getStatus()).isEqualTo(302);
        assertThat(visitor.getRedirectedUrl()).endsWith("/login");
    }

    private String page(String path, UUID as) throws Exception {
        return mvc.perform(get(path).with(fixtures.as(as)).header("Accept-Language", "en")).andReturn().getResponse()
                .getContentAsString();
    }
}
