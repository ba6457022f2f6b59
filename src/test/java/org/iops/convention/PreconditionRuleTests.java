package org.iops.convention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.UUID;
import org.iops.ApplicationTest;
import org.iops.governance.GoverningRules;
import org.iops.governance.RuleStatus;
import org.iops.units.UnitFixtures;
import org.iops.units.UnitId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The preconditions are a governing rule: the international's admins record a new interim version with a note, and
 * the public rules pages show every version with its status, date and note, and the units that set their own.
 */
@ApplicationTest
class PreconditionRuleTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    UnitFixtures fixtures;
    @Autowired
    GoverningRules rules;

    private MockHttpServletRequestBuilder form(UUID admin, ConventionPreconditions value, String note) {
        return form(admin, value, note, String.valueOf(value.members()));
    }

    private MockHttpServletRequestBuilder form(UUID admin, ConventionPreconditions value, String note, String members) {
        return post("/convention/preconditions").with(fixtures.as(admin)).with(csrf())
                .param("members", members)
                .param("minChapters", String.valueOf(value.minChapters()))
                .param("maxChapters", String.valueOf(value.maxChapters()))
                .param("chapterMembers", String.valueOf(value.chapterMembers()))
                .param("meetingDays", String.valueOf(value.meetingDays()))
                .param("womenPercent", String.valueOf(value.womenPercent()))
                .param("countries", String.valueOf(value.countries()))
                .param("continents", String.valueOf(value.continents())).param("note", note);
    }

    private String page(String path) throws Exception {
        return mvc.perform(get(path)).andReturn().getResponse().getContentAsString();
    }

    @Test
    void anAdminsNewVersionIsShownWithItsStatusNoteAndTheVersionsBefore() throws Exception {
        UUID admin = fixtures.internationalAdmin();
        ConventionPreconditions before = rules.current(ConventionPreconditions.KEY, UnitId.INTERNATIONAL);
        ConventionPreconditions raised = new ConventionPreconditions(before.members() + 123, 10, 30, 15, 90, 30, 5, 3);
        try {
            rules.set(ConventionPreconditions.KEY, UnitId.INTERNATIONAL, before, RuleStatus.INTERIM, admin, null,
                    "The version before");
            MockHttpServletResponse saved = mvc.perform(form(admin, raised, "Raised while the test runs"))
                    .andReturn().getResponse();
            assertThat(saved.getRedirectedUrl()).isEqualTo("/convention");
            int version = rules.currentVersion(ConventionPreconditions.KEY, UnitId.INTERNATIONAL).version();

            assertThat(page("/rules")).contains("Governing rules", "Preconditions for the founding convention",
                    "At least " + String.format("%,d", raised.members()) + " members in the organization", "Interim",
                    "Version " + version, "recorded by hand, without a decision");
            String history = page("/rules/convention.preconditions");
            assertThat(history).contains("Raised while the test runs", "Version " + version, "Version " + (version - 1),
                    "The version before");
            assertThat(page("/convention")).contains(String.format("%,d", raised.members()));
        } finally {
            rules.set(ConventionPreconditions.KEY, UnitId.INTERNATIONAL, before, RuleStatus.INTERIM, admin, null,
                    "Back after the test");
        }
    }

    @Test
    void aNewVersionWithoutANoteOrWithFewerMostThanFewestChaptersIsRefusedAndNothingRecorded() throws Exception {
        UUID admin = fixtures.internationalAdmin();
        int versions = rules.history(ConventionPreconditions.KEY, UnitId.INTERNATIONAL).size();
        ConventionPreconditions ok = ConventionPreconditions.ORIGINAL_POLL;

        assertRefused(mvc.perform(form(admin, ok, " ")).andReturn().getResponse(), "Say why the preconditions change.");
        assertRefused(mvc.perform(form(admin, new ConventionPreconditions(500, 30, 10, 15, 90, 30, 5, 3), "Why"))
                .andReturn().getResponse(), "The most chapters cannot be fewer than the fewest.");
        assertRefused(mvc.perform(form(admin, new ConventionPreconditions(500, 10, 30, 15, 90, 130, 5, 3), "Why"))
                .andReturn().getResponse(), "Enter a percentage from 0 to 100.");
        assertRefused(mvc.perform(form(admin, ok, "Why", "ten")).andReturn().getResponse(),
                "Enter a whole number in the allowed range.");
        assertThat(rules.history(ConventionPreconditions.KEY, UnitId.INTERNATIONAL)).hasSize(versions);
    }

    @Test
    void aUnitsOwnVersionIsListedAndItsHistoryShownWhereItHolds() throws Exception {
        UUID member = fixtures.memberIn("EC", UnitFixtures.unique("Cuenca"));
        UUID branch = fixtures.branchOf(member);
        UUID chapter = fixtures.chapterOf(member);
        rules.set(ConventionPreconditions.KEY, new UnitId(branch),
                new ConventionPreconditions(77, 1, 3, 5, 60, 40, 1, 1), RuleStatus.RATIFIED, null, null,
                "The branch asked for its own");

        assertThat(page("/rules/convention.preconditions")).contains("/rules/convention.preconditions?unit=" + branch);
        assertThat(page("/rules/convention.preconditions?unit=" + branch)).contains("At least 77 members",
                "Ratified", "The branch asked for its own");
        assertThat(page("/rules/convention.preconditions?unit=" + chapter)).contains("At least 77 members",
                "this unit has no version of its own", "No version has been set here yet.");
    }

    @Test
    void anUnknownRuleOrUnitIsNotFound() throws Exception {
        assertThat(mvc.perform(get("/rules/convention.nothing")).andReturn().getResponse().getStatus()).isEqualTo(404);
        assertThat(mvc.perform(get("/rules/convention.preconditions?unit=zzz")).andReturn().getResponse().getStatus())
                .isEqualTo(404);
        assertThat(mvc.perform(get("/rules/convention.preconditions?unit=" + UUID.randomUUID())).andReturn()
                .getResponse().getStatus()).isEqualTo(404);
        assertThat(mvc.perform(get("/rules/convention.preconditions?before=yesterday")).andReturn().getResponse()
                .getStatus()).isEqualTo(404);
    }

    private static void assertRefused(MockHttpServletResponse response, String message) throws Exception {
        assertThat(response.getStatus()).isEqualTo(422);
        assertThat(response.getContentAsString()).contains(message);
    }
}
