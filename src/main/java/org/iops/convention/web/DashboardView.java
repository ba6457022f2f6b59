package org.iops.convention.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.iops.convention.ConventionPreconditions;
import org.iops.convention.standing.ChapterState;
import org.iops.convention.standing.Snapshots.Snapshot;
import org.iops.convention.standing.Standing;
import org.iops.web.PageContext;
import org.jspecify.annotations.Nullable;

/**
 * The public dashboard, in the reader's language. No figure about women is ever shown for fewer than five people,
 * and no total of women is shown at all, so a hidden chapter's figure cannot be found by subtraction.
 */
public record DashboardView(List<Condition> conditions, boolean allMet, int ruleVersion, List<ChapterRow> chapters,
        List<BranchRow> branches, List<Snapshot> trend, Instant at, boolean maySetRule) {

    /** One precondition: what it asks, where the organization stands, whether it is met. */
    public record Condition(String id, String asks, String detail, String stands, boolean met) {
    }

    /** A chapter close to counting; {@code women} is a share, "fewer than 5" or "not shown". */
    public record ChapterRow(UUID id, String name, String country, long members, @Nullable LocalDate lastMet,
            String women, List<String> lacks) {
        public String path() {
            return "/units/" + id;
        }
    }

    /** A branch with no counted chapter yet, and its chapter closest to counting. */
    public record BranchRow(String country, int chapters, ChapterRow closest) {
    }

    static DashboardView of(Standing standing, List<Snapshot> trend, boolean maySetRule, PageContext page) {
        ConventionPreconditions rule = standing.rule();
        Locale locale = page.locale();
        List<Condition> conditions = List.of(
                new Condition("members", page.t("convention.rule.members", rule.members()), "",
                        page.t("convention.stands.members", standing.members()), standing.membersMet()),
                new Condition("chapters", page.t("convention.rule.chapters", rule.minChapters(), rule.maxChapters()),
                        page.t("convention.rule.functioning", rule.chapterMembers(), rule.meetingDays()) + " "
                                + page.t("convention.rule.women", rule.womenPercent()),
                        page.t("convention.stands.chapters", standing.countedChapters()), standing.chaptersMet()),
                new Condition("countries", page.t("convention.rule.countriesOnly", rule.countries()), "",
                        page.t("convention.stands.countries", standing.countries().size(),
                                names(standing.countries().stream().map(page::countryName).toList(), locale)),
                        standing.countriesMet()),
                new Condition("continents", page.t("convention.rule.continentsOnly", rule.continents()), "",
                        page.t("convention.stands.continents", standing.continents().size(),
                                names(standing.continents().stream().map(c -> page.t("convention.continent." + c))
                                        .toList(), locale)),
                        standing.continentsMet()));
        List<ChapterRow> chapters = standing.nearest().stream().map(state -> row(state, page)).toList();
        List<BranchRow> branches = standing.branches().stream()
                .map(branch -> new BranchRow(page.countryName(branch.countryCode()), branch.chapters(),
                        row(branch.closest(), page)))
                .toList();
        return new DashboardView(conditions, standing.allMet(), standing.ruleVersion(), chapters, branches, trend,
                standing.at(), maySetRule);
    }

    private static ChapterRow row(ChapterState state, PageContext page) {
        String women = state.womenPercent().isPresent()
                ? page.t("convention.women.share", state.womenPercent().getAsInt())
                : page.t(state.fewWomen() ? "convention.women.fewerThan5" : "convention.women.notShown");
        List<String> lacks = state.lacks().stream().map(key -> key.equals("convention.lacks.members")
                ? page.t(key, state.missingMembers()) : page.t(key)).toList();
        String country = state.facts().countryCode() == null ? "" : page.countryName(state.facts().countryCode());
        return new ChapterRow(state.facts().id(), state.facts().name(), country, state.facts().members(),
                state.facts().lastMet(), women, lacks);
    }

    private static String names(List<String> names, Locale locale) {
        return names.isEmpty() ? "" : String.join(", ", names);
    }
}
