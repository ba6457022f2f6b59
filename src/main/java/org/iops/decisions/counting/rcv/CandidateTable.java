package org.iops.decisions.counting.rcv;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.iops.decisions.counting.Ballot;
import org.iops.decisions.counting.BallotBox;
import org.iops.decisions.counting.Candidate;
import org.iops.decisions.counting.ContestRules;
import org.iops.decisions.counting.CountingException;
import org.iops.decisions.counting.Explanation;

/**
 * Candidates by index (declared ones in configuration order, then the undeclared write-in
 * pseudo-candidate when enabled) and the mapping of the ballots' choice strings onto them.
 *
 * <p>RCTab keeps candidate names in a {@code HashSet} and rebuilds {@code HashMap}s from it each
 * round; the iteration order of those collections decides the order in which tied candidates are
 * offered to a seeded random tie-break. {@link #hashOrder} reproduces it by building the same
 * collections from the same names in the same order.
 */
final class CandidateTable {

    static final int EXPLICIT_OVERVOTE = -1;

    private final List<String> names = new ArrayList<>();
    private final Map<String, Integer> indexByName = new HashMap<>();
    private final Set<String> rctabNameSet = new HashSet<>();
    private final int undeclaredWriteIn;
    private final int declaredCount;
    private final List<String> configOrder = new ArrayList<>();
    private final boolean[] excludedInConfig;
    // choice index -> candidate index, or EXPLICIT_OVERVOTE
    private final int[] choiceCandidate;
    // whether the choice string is a candidate's name rather than an alias
    private final boolean[] choiceIsName;

    CandidateTable(ContestRules rules, BallotBox box) {
        Map<String, Integer> bySpelling = new HashMap<>();
        for (Candidate candidate : rules.candidates()) {
            int index = names.size();
            names.add(candidate.name());
            indexByName.put(candidate.name(), index);
            rctabNameSet.add(candidate.name());
            configOrder.add(candidate.name());
            bySpelling.put(candidate.name(), index);
            candidate.aliases().forEach(alias -> bySpelling.put(alias, index));
        }
        declaredCount = names.size();
        if (rules.undeclaredWriteIns()) {
            undeclaredWriteIn = names.size();
            names.add(Ballot.UNDECLARED_WRITE_IN);
            indexByName.put(Ballot.UNDECLARED_WRITE_IN, undeclaredWriteIn);
            rctabNameSet.add(Ballot.UNDECLARED_WRITE_IN);
            bySpelling.put(Ballot.UNDECLARED_WRITE_IN, undeclaredWriteIn);
        } else {
            undeclaredWriteIn = -1;
        }
        excludedInConfig = new boolean[names.size()];
        for (int i = 0; i < declaredCount; i++) {
            excludedInConfig[i] = rules.candidates().get(i).excluded();
        }

        choiceCandidate = new int[box.choiceCount()];
        choiceIsName = new boolean[box.choiceCount()];
        Map<String, Integer> unknown = new TreeMap<>();
        int[] markCounts = null;
        for (int choice = 0; choice < box.choiceCount(); choice++) {
            String spelling = box.choice(choice);
            Integer candidate = bySpelling.get(spelling);
            if (spelling.equals(Ballot.OVERVOTE)) {
                choiceCandidate[choice] = EXPLICIT_OVERVOTE;
            } else if (candidate != null) {
                choiceCandidate[choice] = candidate;
                choiceIsName[choice] = indexByName.containsKey(spelling);
            } else {
                if (markCounts == null) {
                    markCounts = box.markCountsByChoice();
                }
                unknown.put(spelling, markCounts[choice]);
            }
        }
        if (!unknown.isEmpty()) {
            StringBuilder message = new StringBuilder("Cast vote records contain unrecognized candidate(s):");
            unknown.forEach((name, count) ->
                    message.append(" \"").append(name).append("\" appears ").append(count).append(" time(s);"));
            if (unknown.containsKey(Ballot.UNDECLARED_WRITE_IN)) {
                message.append(" undeclared write-ins need an undeclaredWriteInLabel on the CVR source;");
            }
            message.append(" check candidate names and aliases");
            throw new CountingException(Explanation.of("decisions.error.unknownCandidates",
                    Explanation.names(List.copyOf(unknown.keySet()))), message.toString());
        }
    }

    int size() {
        return names.size();
    }

    String name(int candidate) {
        return names.get(candidate);
    }

    int indexOf(String name) {
        return indexByName.get(name);
    }

    int undeclaredWriteIn() {
        return undeclaredWriteIn;
    }

    /** Declared candidates, excluded ones included (RCTab's getNumDeclaredCandidates). */
    int declaredCount() {
        return declaredCount;
    }

    boolean excludedInConfig(int candidate) {
        return excludedInConfig[candidate];
    }

    int choiceCandidate(int choice) {
        return choiceCandidate[choice];
    }

    boolean choiceIsName(int choice) {
        return choiceIsName[choice];
    }

    /** Declared candidate names in configuration order: the tie-break permutation. */
    List<String> configOrder() {
        return configOrder;
    }

    /**
     * Indices of the candidates accepted by {@code filter}, in the iteration order of a fresh
     * {@code HashMap} filled from RCTab's candidate-name set.
     */
    List<Integer> hashOrder(java.util.function.IntPredicate filter) {
        Map<String, Integer> map = new HashMap<>();
        for (String name : rctabNameSet) {
            int index = indexByName.get(name);
            if (filter.test(index)) {
                map.put(name, index);
            }
        }
        return new ArrayList<>(map.values());
    }
}
