package org.iops.decisions.counting.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.iops.decisions.counting.BallotBox;

/**
 * Deterministic synthetic ranked elections for benchmarks: candidates with decreasing popularity,
 * one to five rankings per ballot drawn without replacement by popularity, about 1% blank ballots
 * and 0.5% overvotes. The same seed always gives the same ballots, in memory or as a CDF file.
 */
public final class SyntheticElection {

    private final int candidates;
    private final long seed;

    public SyntheticElection(int candidates, long seed) {
        this.candidates = candidates;
        this.seed = seed;
    }

    public static String candidateName(int index) {
        return "Candidate " + (index + 1);
    }

    /** Receives one generated ballot: ranks[i] given to candidate choices[i], for i < length. */
    interface BallotSink {
        void accept(int[] ranks, int[] choices, int length) throws IOException;
    }

    void generate(int ballots, BallotSink sink) throws IOException {
        Random random = new Random(seed);
        double[] weights = new double[candidates];
        for (int c = 0; c < candidates; c++) {
            weights[c] = 1.0 / (c + 2) + 0.02 * random.nextDouble();
        }
        int[] ranks = new int[candidates + 1];
        int[] choices = new int[candidates + 1];
        boolean[] used = new boolean[candidates];
        for (int b = 0; b < ballots; b++) {
            int draw = random.nextInt(1000);
            if (draw < 10) {
                sink.accept(ranks, choices, 0);
                continue;
            }
            java.util.Arrays.fill(used, false);
            int length = 1 + random.nextInt(Math.min(5, candidates));
            int marks = 0;
            for (int rank = 1; rank <= length; rank++) {
                int choice = pick(random, weights, used);
                used[choice] = true;
                ranks[marks] = rank;
                choices[marks++] = choice;
                if (draw < 15 && rank == 2 && marks < candidates) {
                    int second = pick(random, weights, used);
                    used[second] = true;
                    ranks[marks] = rank;
                    choices[marks++] = second;
                }
            }
            sink.accept(ranks, choices, marks);
        }
    }

    private static int pick(Random random, double[] weights, boolean[] used) {
        double total = 0;
        for (int c = 0; c < weights.length; c++) {
            total += used[c] ? 0 : weights[c];
        }
        double target = random.nextDouble() * total;
        int last = -1;
        for (int c = 0; c < weights.length; c++) {
            if (used[c]) {
                continue;
            }
            last = c;
            target -= weights[c];
            if (target < 0) {
                return c;
            }
        }
        return last;
    }

    /** The ballots packed in memory. */
    public BallotBox inMemory(int ballots) {
        BallotBox box = new BallotBox();
        String[] names = new String[candidates];
        for (int c = 0; c < candidates; c++) {
            names[c] = candidateName(c);
        }
        try {
            generate(ballots, (ranks, choices, length) -> {
                box.beginBallot();
                for (int i = 0; i < length; i++) {
                    box.addMark(ranks[i], names[choices[i]]);
                }
                box.endBallot();
            });
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        box.trimToSize();
        return box;
    }

    /**
     * Writes the ballots as a NIST SP 1500-103 CDF JSON report (Election section first, compact)
     * and an RCTab configuration {@code <stem>_config.json} next to it counting them by IRV.
     */
    public Path writeCdf(Path folder, String stem, int ballots) throws IOException {
        Files.createDirectories(folder);
        Path cvr = folder.resolve(stem + "_cvr.json");
        try (BufferedWriter out = Files.newBufferedWriter(cvr, StandardCharsets.UTF_8)) {
            out.write("{\"@type\":\"CVR.CastVoteRecordReport\",\"Election\":[{\"@id\":\"election-001\",\"Candidate\":[");
            for (int c = 0; c < candidates; c++) {
                out.write((c > 0 ? "," : "") + "{\"@id\":\"c-" + c + "\",\"Name\":\"" + candidateName(c) + "\"}");
            }
            out.write("],\"Contest\":[{\"@id\":\"contest-001\",\"@type\":\"CandidateContest\",\"Name\":\"Benchmark\","
                    + "\"ContestSelection\":[");
            for (int c = 0; c < candidates; c++) {
                out.write((c > 0 ? "," : "") + "{\"@id\":\"cs-" + c + "\",\"CandidateIds\":[\"c-" + c + "\"]}");
            }
            out.write("]}]}],\"GpUnit\":[{\"@id\":\"gpu-election\",\"Type\":\"other\"}],\"CVR\":[");
            int[] count = {0};
            StringBuilder line = new StringBuilder(1024);
            generate(ballots, (ranks, choices, length) -> {
                line.setLength(0);
                int id = ++count[0];
                line.append(id > 1 ? ",\n" : "").append("{\"BallotPrePrintedId\":\"").append(id)
                        .append("\",\"CurrentSnapshotId\":\"s-").append(id)
                        .append("\",\"CVRSnapshot\":[{\"@id\":\"s-").append(id)
                        .append("\",\"CVRContest\":[{\"ContestId\":\"contest-001\",\"CVRContestSelection\":[");
                for (int i = 0; i < length; i++) {
                    line.append(i > 0 ? "," : "").append("{\"ContestSelectionId\":\"cs-").append(choices[i])
                            .append("\",\"SelectionPosition\":[{\"HasIndication\":\"yes\",\"IsAllocable\":\"unknown\","
                                    + "\"NumberVotes\":1,\"Rank\":").append(ranks[i]).append("}]}");
                }
                line.append("]}]}]}");
                out.append(line);
            });
            out.write("]}\n");
        }
        Path config = folder.resolve(stem + "_config.json");
        Files.writeString(config, """
                {
                  "tabulatorVersion": "TEST",
                  "outputSettings": {"contestName": "Benchmark", "contestDate": "", "contestJurisdiction": "",
                    "contestOffice": "", "outputDirectory": "output"},
                  "cvrFileSources": [{"filePath": "%s", "contestId": "Benchmark", "provider": "cdf",
                    "overvoteLabel": "", "undeclaredWriteInLabel": ""}],
                  "candidates": [%s],
                  "rules": {"tiebreakMode": "random", "randomSeed": "1", "overvoteRule": "exhaustImmediately",
                    "winnerElectionMode": "singleWinnerMajority", "numberOfWinners": "1",
                    "decimalPlacesForVoteArithmetic": "4", "minimumVoteThreshold": "0", "maxSkippedRanksAllowed": "1",
                    "maxRankingsAllowed": "max"}
                }
                """.formatted(cvr.getFileName(), candidateList()));
        return config;
    }

    private String candidateList() {
        StringBuilder list = new StringBuilder();
        for (int c = 0; c < candidates; c++) {
            list.append(c > 0 ? ", " : "").append("{\"name\": \"").append(candidateName(c)).append("\"}");
        }
        return list.toString();
    }

    /** {@code SyntheticElection <folder> <ballots> [candidates] [seed]}: writes a CDF file and its configuration. */
    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: SyntheticElection <folder> <ballots> [candidates=10] [seed=2026]");
            System.exit(2);
        }
        int ballots = Integer.parseInt(args[1]);
        int candidates = args.length > 2 ? Integer.parseInt(args[2]) : 10;
        long seed = args.length > 3 ? Long.parseLong(args[3]) : 2026;
        Path config = new SyntheticElection(candidates, seed).writeCdf(Path.of(args[0]), "synthetic_" + ballots, ballots);
        System.out.println(config);
    }
}
