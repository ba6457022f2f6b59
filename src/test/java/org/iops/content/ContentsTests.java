package org.iops.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gg.jte.Content;
import gg.jte.output.StringOutput;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.iops.ApplicationTest;
import org.iops.TestClock;
import org.iops.TestContent;
import org.iops.units.Role;
import org.iops.units.UnitFixtures;
import org.iops.units.UnitId;
import org.iops.web.PageContext;
import org.iops.web.PageContextFactory;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;

/**
 * The content seam, on the tests' own content type ({@link TestContent}): the one visibility rule for every reader,
 * visibility and state, parents, the posting rules, attachments, recent items and mentions.
 */
@ApplicationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ContentsTests {

    /** Who reads, seen from an item living in chapter A (or, for the member of a unit below, in A's branch). */
    enum Reader { VISITOR, MEMBER_ELSEWHERE, MEMBER_OF_UNIT, MEMBER_OF_UNIT_BELOW, AUTHOR, MODERATOR_OF_UNIT,
        MODERATOR_OF_BRANCH_ABOVE, MODERATOR_OF_OTHER_CHAPTER }

    @Autowired
    Contents contents;
    @Autowired
    Mentions mentions;
    @Autowired
    TestContent items;
    @Autowired
    UnitFixtures fixtures;
    @Autowired
    PageContextFactory pages;
    @Autowired
    JdbcClient db;
    @Autowired
    TestClock clock;

    private UnitId chapterA;
    private UnitId branch;
    private final Map<Reader, UUID> readers = new java.util.EnumMap<>(Reader.class);

    @BeforeAll
    void world() {
        UUID memberOfA = fixtures.memberIn("NZ", UnitFixtures.unique("Kaikoura"));
        UUID memberOfB = fixtures.memberIn("NZ", UnitFixtures.unique("Oamaru"));
        chapterA = new UnitId(fixtures.chapterOf(memberOfA));
        branch = new UnitId(fixtures.branchOf(memberOfA));
        readers.put(Reader.MEMBER_ELSEWHERE, fixtures.memberIn("CL", UnitFixtures.unique("Temuco")));
        readers.put(Reader.MEMBER_OF_UNIT, memberOfA);
        readers.put(Reader.MEMBER_OF_UNIT_BELOW, memberOfA);
        // the author lives elsewhere now: their own item stays theirs to see
        readers.put(Reader.AUTHOR, fixtures.memberIn("CL", UnitFixtures.unique("Osorno")));
        readers.put(Reader.MODERATOR_OF_UNIT, fixtures.memberWithRole(Role.MODERATOR, chapterA.value()));
        readers.put(Reader.MODERATOR_OF_BRANCH_ABOVE, fixtures.memberWithRole(Role.MODERATOR, branch.value()));
        readers.put(Reader.MODERATOR_OF_OTHER_CHAPTER,
                fixtures.memberWithRole(Role.MODERATOR, fixtures.chapterOf(memberOfB)));
    }

    private @Nullable UUID reader(Reader reader) {
        return readers.get(reader);
    }

    /** The rule, written out from the docs rather than computed by the code under test. */
    private static boolean promised(Reader reader, Visibility visibility, ContentState state) {
        boolean moderator = reader == Reader.MODERATOR_OF_UNIT || reader == Reader.MODERATOR_OF_BRANCH_ABOVE;
        if (state == ContentState.REMOVED) {
            return moderator;
        }
        if (state != ContentState.PUBLISHED && !moderator && reader != Reader.AUTHOR) {
            return false;
        }
        return switch (visibility) {
            case PUBLIC -> true;
            case MEMBERS -> reader != Reader.VISITOR;
            case UNIT -> moderator || reader == Reader.AUTHOR || reader == Reader.MEMBER_OF_UNIT
                    || reader == Reader.MEMBER_OF_UNIT_BELOW;
        };
    }

    Stream<Arguments> everyReaderVisibilityAndState() {
        List<Arguments> cases = new ArrayList<>();
        for (Reader reader : Reader.values()) {
            for (Visibility visibility : Visibility.values()) {
                for (ContentState state : ContentState.values()) {
                    cases.add(Arguments.of(reader, visibility, state, promised(reader, visibility, state)));
                }
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} reading a {1} item {2}: sees it = {3}")
    @MethodSource("everyReaderVisibilityAndState")
    void eachReaderSeesExactlyWhatTheRulePromises(Reader reader, Visibility visibility, ContentState state,
            boolean sees) {
        // the member of a unit below reads an item of the branch their chapter is in
        UnitId unit = reader == Reader.MEMBER_OF_UNIT_BELOW ? branch : chapterA;
        ContentItem item = items.add(unit, readers.get(Reader.AUTHOR), visibility, state, null, "text");
        assertThat(contents.maySee(reader(reader), item)).isEqualTo(sees);
        // a reply to it is seen by no one who may not see the item, whatever the reply's own standing
        ContentItem reply = items.add(unit, readers.get(Reader.MEMBER_OF_UNIT), Visibility.PUBLIC, ContentState.PUBLISHED,
                item.ref(), "reply");
        assertThat(contents.maySee(reader(reader), reply)).isEqualTo(sees);
    }

    @Test
    void aHiddenChaptersItemsAreSeenOnlyByItsMembersModeratorsAndAuthorsWhateverTheirVisibility() {
        UUID resident = fixtures.memberIn("NZ", UnitFixtures.unique("Wanaka"));
        UnitId hidden = new UnitId(fixtures.chapterOf(resident));
        fixtures.hide(hidden.value());
        UUID moderator = fixtures.memberWithRole(Role.MODERATOR, hidden.value());
        List<@Nullable UUID> outsiders = java.util.Arrays.asList(null, reader(Reader.MEMBER_ELSEWHERE),
                reader(Reader.MODERATOR_OF_OTHER_CHAPTER), reader(Reader.MEMBER_OF_UNIT));
        List<UUID> insiders = List.of(resident, moderator, reader(Reader.MODERATOR_OF_BRANCH_ABOVE));
        for (Visibility visibility : Visibility.values()) {
            ContentItem item = items.add(hidden, reader(Reader.AUTHOR), visibility);
            ContentItem reply = items.add(hidden, resident, Visibility.PUBLIC, ContentState.PUBLISHED, item.ref(), "reply");
            for (@Nullable UUID outsider : outsiders) {
                assertThat(contents.maySee(outsider, item)).as(visibility + " item, " + outsider).isFalse();
                assertThat(contents.visibleAmong(outsider, List.of(item.ref(), reply.ref()))).as(visibility + " page")
                        .isEmpty();
            }
            for (UUID insider : insiders) {
                assertThat(contents.maySee(insider, item)).as(visibility + " item, " + insider).isTrue();
                assertThat(contents.visibleAmong(insider, List.of(item.ref(), reply.ref()))).hasSize(2);
            }
            // the author, who lives elsewhere now, still sees their own item, and not what others wrote there
            assertThat(contents.visibleAmong(reader(Reader.AUTHOR), List.of(item.ref(), reply.ref())))
                    .containsOnlyKeys(item.ref());
        }
    }

    @Test
    void aChildFollowsItsOwnStateAndVisibilityUnderAParentTheReaderSees() {
        ContentItem post = items.add(chapterA, reader(Reader.AUTHOR), Visibility.PUBLIC);
        ContentItem hiddenReply = items.add(chapterA, reader(Reader.MEMBER_ELSEWHERE), Visibility.PUBLIC,
                ContentState.HIDDEN, post.ref(), "reply");
        ContentItem membersReply = items.add(chapterA, reader(Reader.MEMBER_ELSEWHERE), Visibility.MEMBERS,
                ContentState.PUBLISHED, post.ref(), "reply");

        assertThat(contents.maySee(null, post)).isTrue();
        assertThat(contents.maySee(null, hiddenReply)).isFalse();
        assertThat(contents.maySee(reader(Reader.MEMBER_ELSEWHERE), hiddenReply)).as("its author").isTrue();
        assertThat(contents.maySee(null, membersReply)).isFalse();
        assertThat(contents.maySee(reader(Reader.MEMBER_OF_UNIT), membersReply)).isTrue();
    }

    @Test
    void anItemWhoseParentIsGoneIsSeenByNobodyButStaysForItsModerators() {
        ContentItem post = items.add(chapterA, reader(Reader.AUTHOR), Visibility.PUBLIC);
        ContentItem reply = items.add(chapterA, reader(Reader.MEMBER_OF_UNIT), Visibility.PUBLIC, ContentState.PUBLISHED,
                post.ref(), "reply");
        items.delete(post.ref());

        assertThat(contents.maySee(null, reply)).isFalse();
        assertThat(contents.maySee(reader(Reader.MEMBER_OF_UNIT), reply)).as("even its author").isFalse();
    }

    @Test
    void findAndSourceOfAnswerForKnownTypesOnly() {
        ContentItem item = items.add(chapterA, reader(Reader.AUTHOR), Visibility.PUBLIC);
        assertThat(contents.find(item.ref())).contains(item);
        assertThat(contents.find(new ContentRef("nobody.owns", item.ref().id()))).isEmpty();
        assertThat(contents.find(new ContentRef(TestContent.TYPE, UUID.randomUUID()))).isEmpty();
        assertThatThrownBy(() -> contents.sourceOf(new ContentRef("nobody.owns", UUID.randomUUID())))
                .isInstanceOf(org.iops.shared.NotFoundException.class);
    }

    @Test
    void aHoldFromAnyRuleHoldsAndARefusalFromAnyRuleRefuses() {
        UUID author = reader(Reader.MEMBER_OF_UNIT);
        assertThat(contents.checkPosting(author, chapterA, "Plain words")).isEqualTo(PostingVerdict.PUBLISH);
        assertThat(contents.checkPosting(author, chapterA, "Wait " + TestContent.HOLD)).isEqualTo(PostingVerdict.HOLD);
        assertThat(PostingVerdict.HOLD.initialState()).isEqualTo(ContentState.PENDING);
        assertThatThrownBy(() -> contents.checkPosting(author, chapterA, TestContent.HOLD + " " + TestContent.REFUSE))
                .isInstanceOf(PostingRefusedException.class)
                .satisfies(refused -> assertThat(((PostingRefusedException) refused).tooMany()).isFalse());
    }

    @Test
    void attachmentsComeForEveryItemInOneCallAndOnlyForThoseTheyAreFor() {
        ContentItem own = items.add(chapterA, reader(Reader.MEMBER_OF_UNIT), Visibility.PUBLIC);
        ContentItem other = items.add(chapterA, reader(Reader.AUTHOR), Visibility.PUBLIC);
        PageContext page = pages.of(new MockHttpServletRequest("GET", "/test-items"));

        Map<org.iops.content.ContentRef, List<Content>> footers = contents.attachments(List.of(own, other),
                ContentAttachment.Place.FOOTER, reader(Reader.MEMBER_OF_UNIT), page);
        assertThat(footers).containsOnlyKeys(own.ref(), other.ref());
        // likes attach to every item too; what matters here is the flag
        assertThat(render(footers.get(own.ref()))).as("nobody flags what they wrote").doesNotContain("/moderation/flag");
        assertThat(render(footers.get(other.ref()))).contains("/moderation/flag").contains(other.ref().toString());

        Map<org.iops.content.ContentRef, List<Content>> forVisitor = contents.attachments(List.of(own, other),
                ContentAttachment.Place.FOOTER, null, page);
        assertThat(render(forVisitor.get(other.ref()))).as("a visitor flags nothing").doesNotContain("/moderation/flag");
        assertThat(contents.attachments(List.of(), ContentAttachment.Place.BELOW, null, page)).isEmpty();
    }

    @Test
    void recentItemsAreTheNewestTheReaderMaySeeInTheUnitsAskedEvenBehindManyTheyMayNot() {
        UUID author = reader(Reader.MEMBER_OF_UNIT);
        UnitId unit = new UnitId(fixtures.chapterOf(fixtures.memberIn("NZ", UnitFixtures.unique("Timaru"))));
        clock.set(java.time.Instant.parse("2026-01-01T10:00:00Z"));
        List<ContentItem> open = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            clock.advance(Duration.ofMinutes(1));
            open.add(items.add(unit, author, Visibility.PUBLIC));
        }
        for (int i = 0; i < 8; i++) {
            clock.advance(Duration.ofMinutes(1));
            items.add(unit, author, Visibility.UNIT);
        }
        clock.advance(Duration.ofMinutes(1));
        ContentItem inBranch = items.add(branch, author, Visibility.PUBLIC);
        clock.advance(Duration.ofMinutes(1));

        List<ContentItem> forVisitor = contents.recentIn(List.of(unit), null, clock.instant(), 3);
        assertThat(forVisitor).as("newest first, members-only ones left out, the unit's own only")
                .containsExactly(open.get(2), open.get(1), open.get(0));
        assertThat(contents.recentIn(List.of(unit), author, clock.instant(), 3)).hasSize(3).doesNotContainAnyElementsOf(open);
        assertThat(contents.recentIn(List.of(unit), null, open.get(2).created(), 5)).containsExactly(open.get(1), open.get(0));
        assertThat(contents.recentIn(List.of(unit, branch), null, clock.instant(), 1)).containsExactly(inBranch);
        assertThat(contents.recentIn(List.of(), null, clock.instant(), 5)).isEmpty();
    }

    @Test
    void mentionsTellThoseWhoMaySeeTheItemOnceAndNeverTheAuthor() {
        UUID author = fixtures.memberIn("NZ", UnitFixtures.unique("Picton"));
        UnitId unit = new UnitId(fixtures.chapterOf(author));
        UUID mate = fixtures.memberIn("NZ", db.sql("SELECT name FROM units WHERE id = ?").param(unit.value())
                .query(String.class).single());
        UUID stranger = reader(Reader.MEMBER_ELSEWHERE);
        ContentItem item = items.add(unit, author, Visibility.UNIT);

        List<String> named = List.of(name(author), name(mate), name(stranger));
        assertThat(mentions.notifyMentioned(item, named)).containsExactly(mate);
        assertThat(mentions.notifyMentioned(item, named)).as("an edit tells nobody twice").isEmpty();
        assertThat(db.sql("SELECT count(*) FROM notification WHERE member_id = ? AND kind = ?")
                .params(mate, Mentions.KIND).query(Long.class).single()).isEqualTo(1);
        assertThat(db.sql("SELECT count(*) FROM notification WHERE member_id IN (?, ?) AND kind = ?")
                .params(author, stranger, Mentions.KIND).query(Long.class).single()).isZero();
    }

    @Test
    void aTextNamingMoreThanTwentyPeopleTellsTheFirstTwentyOnly() {
        UUID author = reader(Reader.MEMBER_OF_UNIT);
        ContentItem item = items.add(chapterA, author, Visibility.PUBLIC);
        List<UUID> named = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            named.add(fixtures.memberIn("NZ", UnitFixtures.unique("Mentioned")));
        }
        var told = mentions.notifyMentioned(item, named.stream().map(this::name).toList());
        assertThat(told).containsExactlyInAnyOrderElementsOf(named.subList(0, 20));
    }

    private String name(UUID member) {
        return db.sql("SELECT display_name FROM member WHERE id = ?").param(member).query(String.class).single();
    }

    private static String render(List<Content> parts) {
        StringOutput output = new StringOutput();
        parts.forEach(part -> part.writeTo(output));
        return output.toString();
    }
}
