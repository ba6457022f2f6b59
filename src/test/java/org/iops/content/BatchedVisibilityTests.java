package org.iops.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.iops.ApplicationTest;
import org.iops.TestContent;
import org.iops.units.Role;
import org.iops.units.UnitFixtures;
import org.iops.units.UnitId;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The page-at-once form of the visibility rule ({@link Contents#visibleAmong}) answers exactly as the item-by-item
 * form ({@link Contents#maySee}) for every kind of reader, over a mix of public, members-only, unit-only, held,
 * hidden, removed and deleted items and replies under them, and keeps the order it was given.
 */
@ApplicationTest
class BatchedVisibilityTests {

    @Autowired
    Contents contents;

    @Autowired
    TestContent items;

    @Autowired
    UnitFixtures fixtures;

    @Test
    void givesTheSameAnswersAsTheSingleFormForEveryReader() {
        String town = UnitFixtures.unique("Gisborne");
        UUID author = fixtures.memberIn("NZ", town);
        UUID neighbour = fixtures.memberIn("NZ", UnitFixtures.unique("Napier"));
        UnitId chapter = new UnitId(fixtures.chapterOf(author));
        UnitId branch = new UnitId(fixtures.branchOf(author));
        UUID sameChapter = fixtures.memberIn("NZ", town);
        UUID elsewhere = fixtures.memberIn("CL", UnitFixtures.unique("Arica"));
        UUID moderator = fixtures.memberWithRole(Role.MODERATOR, chapter.value());
        UUID branchModerator = fixtures.memberWithRole(Role.MODERATOR, branch.value());

        List<ContentItem> mix = new ArrayList<>();
        ContentItem open = items.add(chapter, author, Visibility.PUBLIC);
        ContentItem hidden = items.add(chapter, author, Visibility.PUBLIC, ContentState.HIDDEN, null, "hidden");
        ContentItem gone = items.add(chapter, author, Visibility.PUBLIC);
        mix.add(open);
        mix.add(hidden);
        mix.add(gone);
        mix.add(items.add(chapter, author, Visibility.MEMBERS));
        mix.add(items.add(chapter, author, Visibility.UNIT));
        mix.add(items.add(branch, neighbour, Visibility.UNIT));
        mix.add(items.add(chapter, neighbour, Visibility.UNIT, ContentState.PENDING, null, "held"));
        mix.add(items.add(chapter, neighbour, Visibility.PUBLIC, ContentState.REMOVED, null, "removed"));
        mix.add(items.add(chapter, neighbour, Visibility.PUBLIC, ContentState.PUBLISHED, open.ref(), "reply"));
        mix.add(items.add(chapter, neighbour, Visibility.PUBLIC, ContentState.PUBLISHED, hidden.ref(), "reply"));
        mix.add(items.add(chapter, neighbour, Visibility.PUBLIC, ContentState.PUBLISHED, gone.ref(), "orphan"));
        mix.add(items.add(chapter, author, Visibility.MEMBERS, ContentState.PUBLISHED, open.ref(), "reply"));
        items.delete(gone.ref());
        List<ContentRef> refs = new ArrayList<>(mix.stream().map(ContentItem::ref).toList());
        refs.add(new ContentRef(TestContent.TYPE, UUID.randomUUID()));
        refs.add(new ContentRef("nobody.owns", UUID.randomUUID()));
        Collections.reverse(refs);

        List<@Nullable UUID> readers = new ArrayList<>(List.of(author, neighbour, sameChapter, elsewhere, moderator,
                branchModerator));
        readers.add(null);
        for (UUID reader : readers) {
            Map<ContentRef, ContentItem> expected = new LinkedHashMap<>();
            for (ContentRef ref : refs) {
                contents.find(ref).filter(item -> contents.maySee(reader, item)).ifPresent(item -> expected.put(ref, item));
            }
            assertThat(contents.visibleAmong(reader, refs)).as("reader %s", reader)
                    .containsExactlyEntriesOf(expected);
        }
        // and the answers are the rule's, not merely equal: a visitor sees the public item and the reply under it
        assertThat(contents.visibleAmong(null, refs).keySet())
                .containsExactly(mix.get(8).ref(), open.ref());
        assertThat(contents.visibleAmong(sameChapter, refs)).as("a member of the chapter sees its unit-only items")
                .containsKey(mix.get(4).ref()).containsKey(mix.get(5).ref()).doesNotContainKey(mix.get(6).ref());
        assertThat(contents.visibleAmong(elsewhere, refs)).doesNotContainKey(mix.get(4).ref())
                .containsKey(mix.get(3).ref());
        assertThat(contents.visibleAmong(moderator, refs)).containsKey(mix.get(7).ref()).containsKey(hidden.ref());
    }

}
