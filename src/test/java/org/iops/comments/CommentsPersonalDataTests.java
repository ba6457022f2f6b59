package org.iops.comments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.iops.content.ContentRef;
import org.iops.content.Visibility;
import org.iops.members.account.Moderation;
import org.iops.shared.PersonalData;
import org.iops.units.UnitFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A member's comments and likes are in their data export; when the account goes, their comments stay as by a
 * "former member" and their likes go, so the counts drop.
 */
class CommentsPersonalDataTests extends CommentsIntegrationTest {

    @Autowired
    List<PersonalData> parts;
    @Autowired
    Moderation moderation;

    @Test
    void theExportHoldsTheMembersCommentsAndLikes() throws Exception {
        String town = UnitFixtures.unique("Canelones");
        UUID author = member("Renata", "UY", town);
        UUID member = member("Santiago", "UY", town);
        ContentRef item = page(author, Visibility.PUBLIC);
        commented(member, item, null, "Exported words");
        perform(post("/reactions").with(csrf()).with(fixtures.as(member)).param("item", item.toString()));

        String export = parts.stream().map(part -> part.export(member)).filter(map -> !map.isEmpty())
                .map(Map::toString).reduce("", String::concat);

        assertThat(export).contains("comments=", "Exported words", "likes=", item.toString());
    }

    @Test
    void aRemovedAccountsCommentsReadFormerMemberAndItsLikesNoLongerCount() throws Exception {
        String town = UnitFixtures.unique("San Jose");
        UUID author = member("Tobias", "UY", town);
        UUID leaving = member("Ursula", "UY", town);
        ContentRef item = page(author, Visibility.PUBLIC);
        commented(leaving, item, null, "Words that stay");
        perform(post("/reactions").with(csrf()).with(fixtures.as(leaving)).param("item", item.toString()));
        assertThat(html(null, item)).contains("1 like", nameOf(leaving));
        String name = nameOf(leaving);

        moderation.remove(fixtures.internationalAdmin(), leaving);

        String page = html(null, item);
        assertThat(page).contains("Words that stay", "former member").doesNotContain(name).doesNotContain("1 like");
        assertThat(db.sql("SELECT count(*) FROM reaction WHERE member_id = ?").param(leaving).query(Long.class).single())
                .isZero();
    }
}
