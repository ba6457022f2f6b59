package org.iops.convention.standing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.iops.convention.ConventionPreconditions;

/** The preconditions applied to the chapters' facts: plain arithmetic, no database. */
public final class Evaluation {

    /** How many chapters, and branches, the dashboard lists as closest to counting. */
    public static final int NEAREST = 10;

    private Evaluation() {
    }

    public static Standing evaluate(ConventionPreconditions rule, int ruleVersion, long members,
            List<ChapterFacts> chapters, Continents continents, LocalDate today, Instant at) {
        List<ChapterState> states = chapters.stream()
                .map(facts -> ChapterState.of(facts, continents.of(facts.countryCode()), rule, today)).toList();
        List<ChapterState> counted = states.stream().filter(ChapterState::counted).toList();
        TreeSet<String> countries = counted.stream().map(state -> state.facts().countryCode())
                .filter(Objects::nonNull).collect(Collectors.toCollection(TreeSet::new));
        TreeSet<String> continentsReached = counted.stream().map(ChapterState::continent).filter(Objects::nonNull)
                .collect(Collectors.toCollection(TreeSet::new));
        Comparator<ChapterState> closest = Comparator.comparingLong(ChapterState::distance)
                .thenComparing(state -> -state.facts().members()).thenComparing(state -> state.facts().name());
        List<ChapterState> nearest = states.stream().filter(state -> !state.counted()).sorted(closest)
                .limit(NEAREST).toList();
        Map<String, List<ChapterState>> byCountry = new LinkedHashMap<>();
        states.stream().filter(state -> state.facts().countryCode() != null)
                .forEach(state -> byCountry.computeIfAbsent(state.facts().countryCode(), c -> new java.util.ArrayList<>())
                        .add(state));
        List<Standing.BranchState> branches = byCountry.entrySet().stream()
                .filter(entry -> !countries.contains(entry.getKey()))
                .map(entry -> new Standing.BranchState(entry.getKey(), entry.getValue().size(),
                        entry.getValue().stream().min(closest).orElseThrow()))
                .sorted(Comparator.comparing(Standing.BranchState::closest, closest)).limit(NEAREST).toList();
        return new Standing(rule, ruleVersion, members, counted.size(), countries, continentsReached, nearest,
                branches, at);
    }
}
