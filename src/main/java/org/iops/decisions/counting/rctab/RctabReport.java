package org.iops.decisions.counting.rctab;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import org.iops.decisions.counting.InactiveReason;
import org.iops.decisions.counting.Round;
import org.iops.decisions.counting.RoundAction;
import org.iops.decisions.counting.Tabulation;
import org.iops.decisions.counting.cvr.JsonTrees;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * RCTab's detailed report ({@code *_detailed_report.json}, format version 1) for one tabulation
 * pass: same fields, keys in alphabetical order, vote counts as decimal strings exactly as {@link
 * BigDecimal#toString()} prints them, laid out like RCTab's pretty printer.
 */
public final class RctabReport {

    /** Value of {@code config.generatedBy}. */
    public static final String GENERATED_BY = "IOPS counting engine (RCTab 2.0.1 detailed report format)";

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final List<InactiveReason> LISTED_REASONS = List.of(InactiveReason.OVERVOTE,
            InactiveReason.SKIPPED_RANKING, InactiveReason.EXHAUSTED_CHOICES, InactiveReason.REPEATED_RANKING);

    private RctabReport() {}

    /**
     * The report of one pass as a JSON tree.
     *
     * @param config the contest configuration (for the contest name, date, jurisdiction, office)
     * @param pass the tabulation pass
     * @param usesSurpluses whether the count transfers surpluses (adds the last round's
     *     {@code finalRoundSurplus})
     */
    public static ObjectNode toJson(RctabContestConfig config, Tabulation pass, boolean usesSurpluses) {
        ObjectNode root = NODES.objectNode();
        ObjectNode configNode = root.putObject("config");
        configNode.put("contest", config.contestName());
        configNode.put("date", config.contestDate());
        configNode.put("generatedBy", GENERATED_BY);
        configNode.put("jurisdiction", config.contestJurisdiction());
        configNode.put("office", config.contestOffice());
        root.put("jsonFormatVersion", "1");
        ArrayNode results = root.putArray("results");
        int last = pass.rounds().size();
        for (Round round : pass.rounds()) {
            results.add(roundNode(round, usesSurpluses && round.number() == last));
        }
        ObjectNode summary = root.putObject("summary");
        summary.put("finalThreshold", pass.finalThreshold().toString());
        summary.put("numCandidates", pass.numberOfCandidates());
        summary.put("numWinners", pass.numberOfWinners());
        summary.put("totalNumBallots", pass.totalBallots().toString());
        summary.put("undervotes", pass.undervotes());
        return root;
    }

    /** The report pretty-printed as RCTab writes it. */
    public static String toPrettyString(JsonNode report) {
        Separators separators = Separators.createDefaultInstance()
                .withObjectNameValueSpacing(Separators.Spacing.BOTH);
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter(separators);
        return JsonTrees.write(report, printer);
    }

    private static ObjectNode roundNode(Round round, boolean withFinalRoundSurplus) {
        ObjectNode node = NODES.objectNode();
        ObjectNode inactive = node.putObject("inactiveBallots");
        List<InactiveReason> reasons = new ArrayList<>(LISTED_REASONS);
        if (withFinalRoundSurplus) {
            reasons.add(InactiveReason.FINAL_ROUND_SURPLUS);
        }
        reasons.stream().sorted((a, b) -> a.reportKey().compareTo(b.reportKey()))
                .forEach(reason -> inactive.put(reason.reportKey(), round.inactiveBallots().get(reason).toString()));
        node.put("round", round.number());
        node.set("tally", amounts(round.tally()));
        ArrayNode actions = node.putArray("tallyResults");
        for (RoundAction action : round.actions()) {
            ObjectNode actionNode = actions.addObject();
            actionNode.put(action.type().reportKey(), action.candidate());
            actionNode.set("transfers", amounts(action.transfers()));
        }
        node.put("threshold", round.threshold().toString());
        return node;
    }

    private static ObjectNode amounts(SortedMap<String, BigDecimal> amounts) {
        ObjectNode node = NODES.objectNode();
        for (Map.Entry<String, BigDecimal> entry : amounts.entrySet()) {
            node.put(entry.getKey(), entry.getValue().toString());
        }
        return node;
    }
}
