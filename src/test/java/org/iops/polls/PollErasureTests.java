package org.iops.polls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import java.util.UUID;
import org.iops.ApplicationTest;
import org.iops.shared.PersonalData;
import org.iops.units.Role;
import org.iops.units.UnitFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A poll outlives the members who opened or cancelled it: once they are erased its page says "former member", and a
 * poll opened for an erased member's proposal needs nobody named at all.
 */
@ApplicationTest
class PollErasureTests extends PollsTestBase {

    @Autowired
    List<PersonalData> personalData;

    @Test
    void anErasedCreatorsAndCancellersPollsSayFormerMemberAndTheirExportListedThem() throws Exception {
        String town = UnitFixtures.unique("Sintra");
        UUID creator = fixtures.memberIn("PT", town);
        UUID reader = fixtures.memberIn("PT", town);
        UUID chapter = fixtures.chapterOf(creator);
        UUID admin = fixtures.memberWithRole(Role.ADMIN, chapter);
        String creatorName = jdbc.sql("SELECT display_name FROM member WHERE id = ?").param(creator).query(String.class)
                .single();
        PollId kept = polls.open(PollFixtures.question(chapter, creator, clock));
        PollId cancelled = polls.open(PollFixtures.question(chapter, creator, clock));
        mvc.perform(post("/polls/" + cancelled + "/cancel").with(csrf()).with(fixtures.as(admin))
                .param("reason", "Asked twice"));
        assertThat(page(kept, reader)).contains("opened by " + creatorName);
        assertThat(personalData.stream().map(part -> part.export(admin).get("pollsCancelled")).filter(java.util.Objects::nonNull)
                .findFirst().orElseThrow().toString()).contains("Asked twice");

        personalData.forEach(part -> part.erase(creator));
        personalData.forEach(part -> part.erase(admin));

        assertThat(page(kept, reader)).contains("opened by former member").doesNotContain(creatorName);
        assertThat(page(cancelled, reader)).contains("Cancelled: Asked twice, by former member,");
        assertThat(jdbc.sql("SELECT count(*) FROM polls WHERE created_by = ? OR cancelled_by = ?")
                .params(creator, admin).query(Long.class).single()).isZero();
    }

    @Test
    void aPollPutByNobodyWhoCanBeNamedOpensAndSaysFormerMember() throws Exception {
        UUID member = fixtures.memberIn("PT", UnitFixtures.unique("Cascais"));
        PollSpec base = PollFixtures.question(fixtures.chapterOf(member), member, clock);
        PollId poll = polls.open(new PollSpec(base.unit(), null, base.title(), base.description(), "en", base.type(),
                List.of(), 1, base.opensAt(), base.closesAt(), base.secrecy(), base.weighting(), base.quorum(),
                base.threshold(), base.origin()));
        assertThat(page(poll, member)).contains("opened by former member", base.title());
        assertThat(jdbc.sql("SELECT created_by IS NULL FROM polls WHERE id = ?").param(poll.value())
                .query(Boolean.class).single()).as("no made-up member id").isTrue();
    }

    private String page(PollId poll, UUID reader) throws Exception {
        return mvc.perform(get("/polls/" + poll).with(fixtures.as(reader))).andReturn().getResponse()
                .getContentAsString();
    }
}
