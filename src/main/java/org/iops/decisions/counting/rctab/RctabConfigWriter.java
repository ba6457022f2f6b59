package org.iops.decisions.counting.rctab;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.iops.decisions.counting.Candidate;
import org.iops.decisions.counting.ContestRules;
import org.iops.decisions.counting.cvr.JsonTrees;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes an RCTab 2.0.1 contest configuration for a contest's {@link ContestRules}, reading one CDF JSON cast vote
 * record file (as {@link org.iops.decisions.counting.cvr.CdfJsonWriter} writes it), so that RCTab itself and the
 * {@code tally} command recount the contest: the inverse of {@link RctabContestConfig#load}. Every rule is written
 * with RCTab's own option names and spelling (numbers as strings, {@code "max"} and {@code "unlimited"}).
 *
 * <p>{@code minimumVoteThreshold} is written as the rules have it: RCTab 2.0.1 no longer reads it, so a contest
 * with a minimum above 0 would be counted differently by RCTab (see docs/counting-rcv.md); contests of this
 * platform leave it at 0.
 */
public final class RctabConfigWriter {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private RctabConfigWriter() {}

    /**
     * The configuration as JSON text.
     *
     * @param contestName the contest's name, which is also its {@code contestId} in the CDF file
     * @param cvrFile     the CDF JSON file, relative to the configuration's folder (or absolute)
     * @param rules       the candidates and rules
     */
    public static String json(String contestName, String cvrFile, ContestRules rules) {
        ObjectNode config = NODES.objectNode();
        config.put("tabulatorVersion", "2.0.1");
        ObjectNode output = config.putObject("outputSettings");
        output.put("contestName", contestName);
        output.put("outputDirectory", "output");
        output.put("contestDate", "");
        output.put("contestJurisdiction", "");
        output.put("contestOffice", "");
        output.put("tabulateByBatch", false);
        output.put("tabulateByPrecinct", false);
        output.put("generateCdfJson", false);
        ObjectNode source = config.putArray("cvrFileSources").addObject();
        source.put("filePath", cvrFile);
        source.put("contestId", contestName);
        source.put("provider", "cdf");
        source.put("overvoteLabel", "");
        source.put("undeclaredWriteInLabel", "");
        ArrayNode candidates = config.putArray("candidates");
        for (Candidate candidate : rules.candidates()) {
            ObjectNode node = candidates.addObject();
            node.put("name", candidate.name());
            ArrayNode aliases = node.putArray("aliases");
            candidate.aliases().forEach(aliases::add);
            node.put("excluded", candidate.excluded());
        }
        config.set("rules", rules(rules));
        return JsonTrees.write(config, new DefaultPrettyPrinter());
    }

    /** Writes the configuration to {@code config}, pointing at {@code cvrFile}. */
    public static void write(Path config, String contestName, String cvrFile, ContestRules rules) throws IOException {
        Files.writeString(config, json(contestName, cvrFile, rules), StandardCharsets.UTF_8);
    }

    private static ObjectNode rules(ContestRules rules) {
        ObjectNode node = NODES.objectNode();
        node.put("tiebreakMode", rules.tiebreakMode().rctabLabel());
        node.put("overvoteRule", rules.overvoteRule().rctabLabel());
        node.put("winnerElectionMode", rules.winnerElectionMode().rctabLabel());
        node.put("randomSeed", rules.randomSeed() == null ? "" : rules.randomSeed().toString());
        node.put("numberOfWinners", Integer.toString(rules.numberOfWinners()));
        BigDecimal percentage = rules.bottomsUpPercentageThreshold();
        node.put("multiSeatBottomsUpPercentageThreshold", percentage == null ? "" : percentage.toPlainString());
        node.put("decimalPlacesForVoteArithmetic", Integer.toString(rules.decimalPlacesForVoteArithmetic()));
        node.put("minimumVoteThreshold", rules.minimumVoteThreshold().toPlainString());
        node.put("maxSkippedRanksAllowed", rules.maxSkippedRanksAllowed() == null ? "unlimited"
                : rules.maxSkippedRanksAllowed().toString());
        node.put("maxRankingsAllowed", rules.maxRankingsAllowed() == null ? "max" : rules.maxRankingsAllowed().toString());
        node.put("nonIntegerWinningThreshold", rules.nonIntegerWinningThreshold());
        node.put("doesFirstRoundDetermineThreshold", rules.firstRoundDeterminesThreshold());
        node.put("hareQuota", rules.hareQuota());
        node.put("batchElimination", rules.batchElimination());
        node.put("cutoffElimination", rules.cutoffElimination());
        node.put("continueUntilTwoCandidatesRemain", rules.continueUntilTwoCandidatesRemain());
        node.put("stopTabulationEarlyAfterRound", rules.stopTabulationEarlyAfterRound() == null ? ""
                : rules.stopTabulationEarlyAfterRound().toString());
        node.put("exhaustOnDuplicateCandidate", rules.exhaustOnDuplicateCandidate());
        node.put("rulesDescription", "");
        node.put("treatBlankAsUndeclaredWriteIn", false);
        return node;
    }
}
