package org.iops.members;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.servlet.http.Cookie;
import java.util.UUID;
import org.iops.units.UnitDirectory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** Moving house, editing the profile, and the events other modules hear about. */
@RecordApplicationEvents
class ResidenceAndEventsTests extends MembersIntegrationTest {

    @Autowired
    UnitDirectory units;

    @Autowired
    MemberStatistics statistics;

    @Autowired
    MemberNames names;

    @Test
    void confirmingTheAddressPlacesTheMemberAndPublishesMemberJoined() throws Exception {
        String email = newEmail("event");
        perform(joinRequest(email, "Ev", "GR", "Patras"));
        UUID id = memberId(email);
        assertThat(units.placementOf(id)).as("not placed before confirming").isEmpty();
        assertThat(events().stream(MemberJoined.class)).isEmpty();
        perform(post(Outbox.latest(email, 1).link("/verify/")).with(csrf()));
        var placement = units.placementOf(id).orElseThrow();
        assertThat(events().stream(MemberJoined.class))
                .containsExactly(new MemberJoined(id, placement.branch().id(), placement.chapter().id()));
    }

    @Autowired
    ApplicationEvents recorded;

    private ApplicationEvents events() {
        return recorded;
    }

    @Test
    void movingPlacesTheMemberAgainAndShowsTheNewBranchAndChapter() throws Exception {
        String email = newEmail("mover");
        UUID id = verifiedMember(email, "Mover", "GR", "Larissa");
        Cookie session = login(email, PASSWORD);
        var before = units.placementOf(id).orElseThrow();

        String moved = "Kalamata " + UUID.randomUUID().toString().substring(0, 4);
        var response = perform(post("/me/residence").with(csrf()).cookie(session)
                .param("country", "CY").param("locality", moved).param("neighbourhood", ""));
        assertThat(response.getRedirectedUrl()).isEqualTo("/me");
        var after = units.placementOf(id).orElseThrow();
        assertThat(after.chapter().name()).isEqualTo(moved);
        assertThat(after.branch().id()).isNotEqualTo(before.branch().id());
        assertThat(events().stream(MemberResidenceChanged.class))
                .containsExactly(new MemberResidenceChanged(id, after.branch().id(), after.chapter().id()));

        String me = perform(get("/me").cookie(session).flashAttr("notice", "members.me.residenceSaved")
                .flashAttr("noticeArgs", new Object[] {after.branch().name(), after.chapter().name()}))
                .getContentAsString();
        assertThat(me).contains("You now belong to").contains(moved).contains(after.chapter().path());
    }

    @Test
    void editingTheProfileIsSavedAndShown() throws Exception {
        String email = newEmail("editor");
        UUID id = verifiedMember(email, "Before", "GR", "Volos");
        Cookie session = login(email, PASSWORD);
        assertThat(perform(post("/me/profile").with(csrf()).cookie(session).param("displayName", "After")
                .param("realName", "Real After").param("bio", "Line one\nLine two")).getRedirectedUrl())
                .isEqualTo("/me");
        assertThat(count("SELECT count(*) FROM member WHERE id = ? AND display_name = 'After' "
                + "AND real_name = 'Real After' AND bio = 'Line one\nLine two'", id)).isOne();
        assertThat(perform(get("/me").cookie(session)).getContentAsString())
                .as("the header names the member by the new name").contains("aria-current=\"page\">After</a>");
    }

    @Test
    void deletingPublishesMemberDeletedAndStatisticsCountOnlyVerifiedLivingMembers() throws Exception {
        long before = statistics.verifiedMembers();
        String email = newEmail("counted");
        UUID id = verifiedMember(email, "Counted", "GR", "Chania");
        perform(joinRequest(newEmail("unverified"), "Pending", "GR", "Chania"));
        assertThat(statistics.verifiedMembers()).isEqualTo(before + 1);
        assertThat(names.displayNames(java.util.List.of(id))).containsEntry(id, "Counted");

        Cookie session = login(email, PASSWORD);
        perform(post("/me/delete").with(csrf()).cookie(session).param("password", PASSWORD));
        assertThat(events().stream(MemberDeleted.class)).containsExactly(new MemberDeleted(id));
        assertThat(names.displayNames(java.util.List.of(id))).as("shown as a former member").containsEntry(id, "");
        assertThat(statistics.verifiedMembers()).isEqualTo(before);
    }
}
