package org.iops.convention.standing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.iops.convention.ConventionPreconditions;
import org.junit.jupiter.api.Test;

/**
 * Each precondition met and not met at its boundary, with the original poll's rule (500 members, 10 to 30 chapters
 * of 15 members that met in the last 90 days, 30 % women in each, 5 countries on 3 continents).
 */
class EvaluationTests {

    static final ConventionPreconditions RULE = ConventionPreconditions.ORIGINAL_POLL;
    static final LocalDate TODAY = LocalDate.parse("2026-12-01");
    static final Continents CONTINENTS = new Continents();
    /** Five countries on three continents. */
    static final List<String> SPREAD = List.of("BR", "AR", "DE", "FR", "IN");

    static ChapterFacts chapter(String country, long members, long women, LocalDate lastMet) {
        return new ChapterFacts(UUID.randomUUID(), "Chapter " + UUID.randomUUID(), UUID.randomUUID(), country,
                members, women, lastMet);
    }

    /** {@code n} counting chapters spread over {@link #SPREAD}. */
    static List<ChapterFacts> counting(int n) {
        List<ChapterFacts> chapters = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            chapters.add(chapter(SPREAD.get(i % SPREAD.size()), 20, 6, TODAY.minusDays(10)));
        }
        return chapters;
    }

    static Standing evaluate(long members, List<ChapterFacts> chapters) {
        return Evaluation.evaluate(RULE, 0, members, chapters, CONTINENTS, TODAY, Instant.parse("2026-12-01T12:00:00Z"));
    }

    @Test
    void allMetWithTheOriginalPollsNumbers() {
        Standing standing = evaluate(500, counting(10));
        assertThat(standing.allMet()).isTrue();
        assertThat(standing.countries()).containsExactly("AR", "BR", "DE", "FR", "IN");
        assertThat(standing.continents()).containsExactly("AS", "EU", "SA");
    }

    @Test
    void membersAtTheBoundary() {
        assertThat(evaluate(500, counting(10)).membersMet()).isTrue();
        assertThat(evaluate(499, counting(10)).membersMet()).isFalse();
        assertThat(evaluate(499, counting(10)).allMet()).isFalse();
    }

    @Test
    void betweenTenAndThirtyCountedChapters() {
        assertThat(evaluate(500, counting(9)).chaptersMet()).isFalse();
        assertThat(evaluate(500, counting(10)).chaptersMet()).isTrue();
        assertThat(evaluate(500, counting(30)).chaptersMet()).isTrue();
        assertThat(evaluate(500, counting(31)).chaptersMet()).isFalse();
    }

    @Test
    void aChapterFunctionsWithFifteenMembersAndAMeetingInTheLastNinetyDays() {
        assertThat(ChapterState.of(chapter("BR", 15, 5, TODAY.minusDays(90)), "SA", RULE, TODAY).counted()).isTrue();
        ChapterState fourteen = ChapterState.of(chapter("BR", 14, 5, TODAY), "SA", RULE, TODAY);
        assertThat(fourteen.functioning()).isFalse();
        assertThat(fourteen.lacks()).containsExactly("convention.lacks.members");
        assertThat(fourteen.missingMembers()).isEqualTo(1);
        ChapterState ninetyOne = ChapterState.of(chapter("BR", 15, 5, TODAY.minusDays(91)), "SA", RULE, TODAY);
        assertThat(ninetyOne.functioning()).isFalse();
        assertThat(ninetyOne.lacks()).containsExactly("convention.lacks.meeting");
        ChapterState never = ChapterState.of(chapter("BR", 40, 20, null), "SA", RULE, TODAY);
        assertThat(never.functioning()).isFalse();
        ChapterState future = ChapterState.of(chapter("BR", 40, 20, TODAY.plusDays(1)), "SA", RULE, TODAY);
        assertThat(future.metRecently()).as("a meeting that has not happened yet").isFalse();
    }

    @Test
    void thirtyPercentWomenInEachCountedChapter() {
        assertThat(ChapterState.of(chapter("BR", 20, 6, TODAY), "SA", RULE, TODAY).womenShareMet()).isTrue();
        ChapterState fewer = ChapterState.of(chapter("BR", 20, 5, TODAY), "SA", RULE, TODAY);
        assertThat(fewer.womenShareMet()).isFalse();
        assertThat(fewer.functioning()).isTrue();
        assertThat(fewer.counted()).isFalse();
        assertThat(fewer.lacks()).containsExactly("convention.lacks.women");

        List<ChapterFacts> chapters = counting(10);
        chapters.set(0, chapter("BR", 20, 5, TODAY));
        assertThat(evaluate(500, chapters).countedChapters()).isEqualTo(9);
        assertThat(evaluate(500, chapters).chaptersMet()).isFalse();
    }

    @Test
    void fiveCountriesOnThreeContinents() {
        List<ChapterFacts> fourCountries = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            fourCountries.add(chapter(List.of("BR", "AR", "DE", "IN").get(i % 4), 20, 6, TODAY));
        }
        Standing four = evaluate(500, fourCountries);
        assertThat(four.countriesMet()).isFalse();
        assertThat(four.continentsMet()).isTrue();

        List<ChapterFacts> twoContinents = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            twoContinents.add(chapter(List.of("BR", "AR", "DE", "FR", "CL").get(i % 5), 20, 6, TODAY));
        }
        Standing two = evaluate(500, twoContinents);
        assertThat(two.countriesMet()).isTrue();
        assertThat(two.continents()).containsExactly("EU", "SA");
        assertThat(two.continentsMet()).isFalse();
    }

    @Test
    void onlyCountedChaptersMakeCountriesAndContinents() {
        List<ChapterFacts> chapters = counting(10);
        chapters.add(chapter("KE", 200, 100, null));
        Standing standing = evaluate(500, chapters);
        assertThat(standing.countries()).doesNotContain("KE");
        assertThat(standing.continents()).doesNotContain("AF");
        assertThat(standing.branches()).extracting(Standing.BranchState::countryCode).containsExactly("KE");
        assertThat(standing.branches().get(0).closest().lacks()).containsExactly("convention.lacks.meeting");
    }

    @Test
    void theClosestChaptersComeFirstWithWhatTheyLack() {
        ChapterFacts oneShort = chapter("KE", 14, 7, TODAY);
        ChapterFacts farOff = chapter("KE", 2, 0, null);
        ChapterFacts unmet = chapter("KE", 30, 10, null);
        Standing standing = evaluate(500, List.of(farOff, unmet, oneShort));
        assertThat(standing.nearest()).extracting(state -> state.facts().id())
                .containsExactly(unmet.id(), oneShort.id(), farOff.id());
    }

    @Test
    void theWomensShareIsNeverShownAboutFewerThanFivePeople() {
        assertThat(ChapterState.of(chapter("BR", 20, 4, TODAY), "SA", RULE, TODAY).womenPercent()).isEmpty();
        assertThat(ChapterState.of(chapter("BR", 20, 4, TODAY), "SA", RULE, TODAY).fewWomen()).isTrue();
        assertThat(ChapterState.of(chapter("BR", 9, 5, TODAY), "SA", RULE, TODAY).womenPercent())
                .as("four others: the share would tell about them").isEmpty();
        assertThat(ChapterState.of(chapter("BR", 10, 5, TODAY), "SA", RULE, TODAY).womenPercent()).hasValue(50);
    }
}
