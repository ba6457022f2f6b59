package org.iops.proposals.proposing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.iops.content.ContentState;
import org.iops.content.Contents;
import org.iops.proposals.ProposalId;
import org.iops.search.index.SearchRebuild;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.transaction.support.TransactionTemplate;

/** Proposals are found by search: by the words of their current text in any form, and only by those who may read them. */
class ProposalSearchTests extends ProposalsIntegrationTest {

    @Autowired
    Contents contents;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    SearchRebuild rebuild;

    /** A word no other test writes: letters only, so every language's stemming leaves it as it is. */
    static String token() {
        StringBuilder word = new StringBuilder("qz");
        for (int i = 0; i < 10; i++) {
            word.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        return word.toString();
    }

    private String search(@Nullable UUID reader, String words, String... more) throws Exception {
        var request = get("/search").param("q", words);
        for (int i = 0; i + 1 < more.length; i += 2) {
            request = request.param(more[i], more[i + 1]);
        }
        MockHttpServletResponse answer = mvc.perform(request.with(fixtures.as(reader))).andReturn().getResponse();
        assertThat(answer.getStatus()).as(answer.getContentAsString()).isEqualTo(200);
        return answer.getContentAsString();
    }

    private ProposalId propose(UUID author, String title, String body, String language, String visibility)
            throws Exception {
        MockHttpServletResponse answer = send(post("/units/" + fixtures.chapterOf(author) + "/proposals/new")
                .param("title", title).param("body", body).param("language", language).param("visibility", visibility)
                .param("discussionDays", "7").param("votingDays", "3"), author);
        assertThat(answer.getStatus()).as(answer.getContentAsString()).isEqualTo(302);
        return ProposalId.parse(answer.getRedirectedUrl().substring("/proposals/".length()));
    }

    private static String link(ProposalId id) {
        return "href=\"" + id.path() + "\"";
    }

    @Test
    void aProposalIsFoundByAWordOfItsTextStemmedInItsOwnLanguage() throws Exception {
        UUID author = member();
        String token = token();
        ProposalId english = propose(author, "Allotments " + token,
                "The gardeners share their watering cans and seeds " + token + ".", "en", "PUBLIC");
        ProposalId spanish = propose(author, "Préstamo " + token,
                "Abrimos bibliotecas de herramientas en cada barrio " + token + ".", "es", "PUBLIC");

        String gardening = search(null, "gardening " + token);
        assertThat(gardening).contains(link(english)).doesNotContain(link(spanish));
        assertThat(gardening).contains(">Proposal</span>");
        assertThat(search(null, "biblioteca " + token)).contains(link(spanish)).doesNotContain(link(english));
        assertThat(search(null, token, "type", "proposals.proposal")).contains(link(english), link(spanish));
        assertThat(search(null, token, "type", "forums.topic")).doesNotContain(link(english), link(spanish));
    }

    @Test
    void anAcceptedAmendmentMakesTheNewTextFoundAndTheOldOneNot() throws Exception {
        UUID author = member();
        UUID amender = neighbourOf(author);
        String before = token();
        String after = token();
        ProposalId id = propose(author, "Repair café", "We repair bicycles on Sundays " + before + ".", "en", "PUBLIC");
        assertThat(search(null, before)).contains(link(id));

        MockHttpServletResponse amended = send(post(id.path() + "/amendments/new")
                .param("body", "We repair radios on Sundays " + after + ".").param("reason", "Radios too."), amender);
        assertThat(amended.getStatus()).isEqualTo(302);
        assertThat(search(null, after)).as("an amendment not yet accepted is not the text").doesNotContain(link(id));
        assertThat(send(post(amended.getRedirectedUrl() + "/accept"), author).getStatus()).isEqualTo(302);

        assertThat(search(null, after)).contains(link(id));
        assertThat(search(null, before)).doesNotContain(link(id));
    }

    @Test
    void aProposalAModeratorHidesIsNoLongerFoundAndIsAgainWhenShown() throws Exception {
        UUID author = member();
        String token = token();
        ProposalId id = propose(author, "Night market " + token, "A market on Fridays " + token, "en", "PUBLIC");
        assertThat(search(null, token)).contains(link(id));

        moderate(id, ContentState.HIDDEN);
        assertThat(search(null, token)).doesNotContain(link(id));
        assertThat(search(author, token)).as("not even by its author").doesNotContain(link(id));

        moderate(id, ContentState.PUBLISHED);
        assertThat(search(null, token)).contains(link(id));
    }

    /** What a moderator does: the proposal's state changed through the content seam, in one transaction. */
    private void moderate(ProposalId id, ContentState state) {
        transactions.executeWithoutResult(status -> assertThat(
                contents.sourceOf(id.ref()).changeState(id.ref(), state, "Advertising")).isTrue());
    }

    @Test
    void proposalsWrittenWithoutTheIndexAreFoundAfterTheRebuild() throws Exception {
        UUID author = member();
        String token = token();
        ProposalId id = propose(author, "Seed swap " + token, "Bring seeds from your garden " + token, "en", "MEMBERS");
        jdbc.sql("DELETE FROM search_item WHERE id = ?").param(id.value()).update();
        assertThat(search(author, token)).doesNotContain(link(id));

        assertThat(rebuild.indexMissing()).isGreaterThanOrEqualTo(1);
        assertThat(search(author, "gardens " + token)).contains(link(id));
        assertThat(search(null, token)).as("still members only").doesNotContain(link(id));
    }

    @Test
    void aProposalIsFoundOnlyByThoseWhoMayReadIt() throws Exception {
        UUID author = member();
        UUID neighbour = neighbourOf(author);
        UUID elsewhere = member();
        String token = token();
        ProposalId forTheChapter = propose(author, "Chapter budget " + token, "We spend the dues on rent " + token,
                "en", "UNIT");
        ProposalId forMembers = propose(author, "Member newsletter " + token, "A monthly letter " + token, "en",
                "MEMBERS");

        assertThat(search(null, token)).as("a visitor").doesNotContain(link(forTheChapter), link(forMembers));
        assertThat(search(elsewhere, token)).as("a member of another chapter")
                .contains(link(forMembers)).doesNotContain(link(forTheChapter));
        assertThat(search(neighbour, token)).as("a member of the chapter").contains(link(forTheChapter), link(forMembers));
    }
}
