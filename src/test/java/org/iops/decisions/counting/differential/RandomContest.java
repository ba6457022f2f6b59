package org.iops.decisions.counting.differential;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A random RCTab contest drawn from one seed: configuration and cast vote record files, written to a
 * folder. It covers the rules and modes the engine supports: every {@code winnerElectionMode}, the
 * three overvote rules, skipped and limited rankings, duplicates, overvotes, blank ballots,
 * exclusions, aliases, undeclared write-ins and overvote labels, batch and cutoff elimination,
 * continue-until-two, Hare and Droop, decimal places, non-integer thresholds, first-round thresholds,
 * stopping early, every non-interactive tie-break mode with its seed, one to three CVR files in CDF
 * JSON, CDF XML or generic CSV, and candidate names with accents, quotes and commas.
 *
 * <p>Most contests are small (ties and edge cases are common then); one in ten has a few thousand
 * ballots, where arithmetic drift would show. Some draws are invalid on purpose (a ranking above
 * {@code maxRankingsAllowed}, a candidate missing from the configuration): both tabulators must
 * then refuse. {@code minimumVoteThreshold} is always 0, because RCTab 2.0.1 ignores it.
 */
final class RandomContest {

    private static final ObjectMapper JSON = new ObjectMapper();
    // names chosen so that sorting by name, escaping and case all matter
    private static final String[] NAMES = {"Alice", "Bob", "Carlos Núñez", "Dana O'Neil", "Eve \"Evie\" Ray",
        "Ærø Ødegård", "Zed", "bea", "Élodie", "Kim, Jr.", "Lee"};
    private static final String[] MODES = {"singleWinnerMajority", "singleWinnerMajority", "singleWinnerMajority",
        "multiWinnerAllowOnlyOneWinnerPerRound", "multiWinnerAllowMultipleWinnersPerRound",
        "multiWinnerAllowMultipleWinnersPerRound", "bottomsUp", "bottomsUpUsingPercentageThreshold", "multiPassIrv"};
    private static final String[] TIEBREAKS = {"random", "previousRoundCountsThenRandom", "useCandidateOrder",
        "generatePermutation"};
    private static final String[] OVERVOTE_RULES = {"alwaysSkipToNextRank", "exhaustImmediately",
        "exhaustIfMultipleContinuing"};
    private static final String UWI_LABEL = "Write-in";
    // RCTab 2.0.1 only accepts ballots marking the overvote label when it is "overvote"; other
    // labels are drawn now and then to check that both tabulators refuse them
    private static final String[] OVERVOTE_LABELS = {"overvote", "overvote", "overvote", "overvote", "overvote",
        "overvote", "overvote", "OVERVOTE"};
    // special choices on a generated ballot
    private static final int OVERVOTE = -1;
    private static final int WRITE_IN = -2;
    private static final int UNKNOWN = -3;

    private final Random random;
    private final int candidates;
    private final String[] names;
    private final String[] aliases;
    private int highestRank;
    // one contest in fifteen has a mark for a candidate the configuration doesn't declare
    private final boolean strangers;

    private RandomContest(long seed) {
        random = new Random(seed);
        candidates = 2 + random.nextInt(random.nextInt(4) == 0 ? 9 : 5);
        List<String> pool = new ArrayList<>(List.of(NAMES));
        java.util.Collections.shuffle(pool, random);
        names = pool.subList(0, candidates).toArray(String[]::new);
        aliases = new String[candidates];
        for (int c = 0; c < candidates; c++) {
            aliases[c] = random.nextInt(5) == 0 ? "ALIAS-" + (c + 1) : null;
        }
        strangers = random.nextInt(15) == 0;
    }

    /** Writes the contest of {@code seed} into {@code folder}; returns its configuration file. */
    static Path write(long seed, Path folder) throws IOException {
        return new RandomContest(seed).writeTo(folder);
    }

    private Path writeTo(Path folder) throws IOException {
        Files.createDirectories(folder);
        int sourceCount = 1 + (random.nextInt(4) == 0 ? 1 + random.nextInt(2) : 0);
        boolean writeIns = random.nextInt(4) == 0;
        boolean overvoteLabel = random.nextInt(5) == 0;
        boolean large = random.nextInt(10) == 0;
        String overvoteName = OVERVOTE_LABELS[random.nextInt(OVERVOTE_LABELS.length)];
        ArrayNode sources = JSON.createArrayNode();
        for (int s = 0; s < sourceCount; s++) {
            int kind = random.nextInt(3);
            // now and then a file without ballots (an XML report then lacks its CVR element, which
            // RCTab refuses)
            int ballots = large ? 500 + random.nextInt(3000)
                    : (random.nextInt(20) == 0 ? 0 : 1) * (1 + random.nextInt(random.nextBoolean() ? 12 : 60));
            List<List<int[]>> drawn = new ArrayList<>();
            for (int b = 0; b < ballots; b++) {
                drawn.add(ballot(writeIns, overvoteLabel && kind != 2, kind == 2));
            }
            String file = "cvr" + (s + 1) + (kind == 0 ? ".json" : kind == 1 ? ".xml" : ".csv");
            ObjectNode source = sources.addObject();
            source.put("filePath", file);
            source.put("provider", kind == 2 ? "genericCsv" : "cdf");
            if (kind == 2) {
                source.put("firstVoteColumnIndex", "2");
                source.put("firstVoteRowIndex", "2");
                source.put("idColumnIndex", "1");
                Files.writeString(folder.resolve(file), CvrFiles.csv(names, aliases, writeIns ? UWI_LABEL : null,
                        drawn), StandardCharsets.UTF_8);
            } else {
                source.put("contestId", "Council");
                source.put("overvoteLabel", overvoteLabel ? overvoteName : "");
                String text = kind == 0 ? CvrFiles.cdfJson(names, aliases, overvoteName, drawn, random.nextBoolean(),
                                random.nextInt(20) == 0)
                        : CvrFiles.cdfXml(names, aliases, overvoteName, drawn);
                Files.writeString(folder.resolve(file), text, StandardCharsets.UTF_8);
            }
            source.put("undeclaredWriteInLabel", writeIns ? UWI_LABEL : "");
        }
        ObjectNode config = JSON.createObjectNode();
        config.put("tabulatorVersion", "2.0.1");
        ObjectNode output = config.putObject("outputSettings");
        output.put("contestName", "Council");
        output.put("outputDirectory", "output");
        output.put("contestDate", "2026-12-01");
        output.put("contestJurisdiction", "Fuzz ville");
        output.put("contestOffice", "Council");
        output.put("tabulateByBatch", false);
        output.put("tabulateByPrecinct", false);
        output.put("generateCdfJson", false);
        config.set("cvrFileSources", sources);
        ArrayNode list = config.putArray("candidates");
        int excluded = 0;
        for (int c = 0; c < candidates; c++) {
            ObjectNode candidate = list.addObject();
            candidate.put("name", names[c]);
            ArrayNode alias = candidate.putArray("aliases");
            if (aliases[c] != null) {
                alias.add(aliases[c]);
            }
            boolean exclude = excluded < candidates - 2 && random.nextInt(10) == 0;
            excluded += exclude ? 1 : 0;
            candidate.put("excluded", exclude);
        }
        config.set("rules", rules(candidates - excluded, overvoteLabel));
        Path path = folder.resolve("contest_config.json");
        Files.writeString(path, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(config), StandardCharsets.UTF_8);
        return path;
    }

    private ObjectNode rules(int continuing, boolean overvoteLabel) {
        ObjectNode rules = JSON.createObjectNode();
        String mode = MODES[random.nextInt(MODES.length)];
        int winners = switch (mode) {
            case "singleWinnerMajority" -> 1;
            case "bottomsUpUsingPercentageThreshold" -> 0;
            default -> 2 + random.nextInt(Math.max(1, Math.min(3, continuing - 1)));
        };
        boolean singleSeatLike = winners == 1 || mode.equals("multiPassIrv");
        boolean stv = mode.startsWith("multiWinner");
        String tiebreak = TIEBREAKS[random.nextInt(TIEBREAKS.length)];
        rules.put("tiebreakMode", tiebreak);
        rules.put("overvoteRule", OVERVOTE_RULES[random.nextInt(overvoteLabel ? 2 : 3)]);
        rules.put("winnerElectionMode", mode);
        boolean seeded = !tiebreak.equals("useCandidateOrder") || random.nextBoolean();
        rules.put("randomSeed", seeded ? Long.toString(random.nextInt(2_000_001) - 1_000_000) : "");
        rules.put("numberOfWinners", Integer.toString(winners));
        String[] percentages = {"10", "25", "30", "12.5", "33.33", "20.0"};
        rules.put("multiSeatBottomsUpPercentageThreshold",
                winners == 0 ? percentages[random.nextInt(percentages.length)] : "");
        rules.put("decimalPlacesForVoteArithmetic", Integer.toString(1 + random.nextInt(random.nextBoolean() ? 4 : 10)));
        rules.put("minimumVoteThreshold", "0");
        String[] skipped = {"unlimited", "0", "1", "2"};
        rules.put("maxSkippedRanksAllowed", skipped[random.nextInt(skipped.length)]);
        // now and then a limit below the highest ranking used: both tabulators must refuse the ballots
        int limit = random.nextInt(15) == 0 ? Math.max(1, highestRank - random.nextInt(2)) : highestRank + random.nextInt(3);
        rules.put("maxRankingsAllowed", random.nextBoolean() ? "max" : Integer.toString(Math.max(1, limit)));
        boolean hare = stv && random.nextInt(3) == 0;
        rules.put("nonIntegerWinningThreshold", stv && !hare && random.nextBoolean());
        // refused in multi-seat contests (now and then drawn anyway, to check both refuse)
        rules.put("doesFirstRoundDetermineThreshold", random.nextInt(winners > 1 ? 40 : 5) == 0);
        rules.put("hareQuota", hare);
        rules.put("batchElimination", singleSeatLike && random.nextInt(3) == 0);
        boolean untilTwo = singleSeatLike && random.nextInt(4) == 0;
        // without continuing until two, cutoff elimination drops everyone in the first round that
        // elects nobody and both tabulators give up: draw it mostly where it counts
        rules.put("cutoffElimination", random.nextInt(untilTwo ? 2 : 12) == 0);
        rules.put("continueUntilTwoCandidatesRemain", untilTwo);
        rules.put("stopTabulationEarlyAfterRound", random.nextInt(7) == 0 ? Integer.toString(1 + random.nextInt(4)) : "");
        rules.put("exhaustOnDuplicateCandidate", random.nextBoolean());
        rules.put("rulesDescription", "random contest");
        rules.put("treatBlankAsUndeclaredWriteIn", false);
        return rules;
    }

    /**
     * One ballot as marks {rank, choice, spelling}: choice is a candidate index or OVERVOTE,
     * WRITE_IN or UNKNOWN; spelling 1 uses the candidate's alias.
     */
    private List<int[]> ballot(boolean writeIns, boolean overvoteLabel, boolean csv) {
        List<int[]> marks = new ArrayList<>();
        if (random.nextInt(12) == 0) {
            return marks;
        }
        int length = 1 + random.nextInt(candidates + 1);
        int rank = 0;
        boolean[] used = new boolean[candidates];
        for (int i = 0; i < length; i++) {
            rank += random.nextInt(8) == 0 ? 2 + random.nextInt(2) : 1;
            int draw = random.nextInt(40);
            int choice;
            if (writeIns && draw == 0) {
                choice = WRITE_IN;
            } else if (overvoteLabel && draw == 1) {
                choice = OVERVOTE;
            } else if (strangers && draw == 2) {
                choice = UNKNOWN;
            } else {
                // skew towards the first candidates so that transfers and ties both happen
                choice = Math.min(random.nextInt(candidates), random.nextInt(candidates));
            }
            if (csv && (choice >= 0 && used[choice] || choice == OVERVOTE || choice == UNKNOWN)) {
                continue; // a CSV row gives each candidate column one rank
            }
            if (choice >= 0) {
                if (used[choice] && random.nextInt(3) != 0) {
                    continue; // duplicates, but not too many
                }
                used[choice] = true;
            }
            marks.add(new int[] {rank, choice, choice >= 0 && aliases[choice] != null && random.nextBoolean() ? 1 : 0});
            if (random.nextInt(10) == 0) {
                int other = random.nextInt(candidates);
                if (!csv || !used[other]) {
                    used[other] = true;
                    marks.add(new int[] {rank, other, 0}); // an overvote at this rank
                }
            }
        }
        for (int[] mark : marks) {
            highestRank = Math.max(highestRank, mark[0]);
        }
        return marks;
    }

    static final int OVERVOTE_CHOICE = OVERVOTE;
    static final int WRITE_IN_CHOICE = WRITE_IN;
    static final int UNKNOWN_CHOICE = UNKNOWN;
}
