package org.iops.decisions.counting.rctab;

import java.nio.file.Path;
import java.util.List;
import org.iops.decisions.counting.Ballot;
import org.iops.decisions.counting.BallotBox;
import org.iops.decisions.counting.CountingException;
import org.iops.decisions.counting.CountResult;
import org.iops.decisions.counting.RankedChoiceCount;
import org.iops.decisions.counting.Tabulation;
import org.iops.decisions.counting.cvr.CdfReader;
import org.iops.decisions.counting.cvr.CdfSource;
import org.iops.decisions.counting.cvr.CsvSource;
import org.iops.decisions.counting.cvr.GenericCsvReader;
import tools.jackson.databind.node.ObjectNode;

/** Counts a contest described by an RCTab configuration file and renders RCTab's detailed reports. */
public final class RctabTally {

    private RctabTally() {}

    /**
     * The outcome of tallying a configuration.
     *
     * @param config the loaded configuration
     * @param result the count
     * @param reports one detailed report per tabulation pass
     */
    public record Outcome(RctabContestConfig config, CountResult result, List<ObjectNode> reports) {}

    /** Loads the configuration, reads its cast vote records in order, counts and builds the reports. */
    public static Outcome run(Path configPath) {
        RctabContestConfig config = RctabContestConfig.load(configPath);
        BallotBox ballots = readBallots(config);
        CountResult result = RankedChoiceCount.count(config.rules(), ballots);
        boolean usesSurpluses = config.rules().usesSurpluses();
        List<ObjectNode> reports = result.passes().stream()
                .map((Tabulation pass) -> RctabReport.toJson(config, pass, usesSurpluses))
                .toList();
        return new Outcome(config, result, reports);
    }

    /** Reads every cast vote record source of the configuration into one ballot box. */
    public static BallotBox readBallots(RctabContestConfig config) {
        BallotBox ballots = new BallotBox();
        for (RctabContestConfig.Source source : config.sources()) {
            refuseOvervotesUnknownTo(source, ballots);
            switch (source.provider()) {
                case CDF -> CdfReader.read(new CdfSource(source.file(), source.contestId(), source.overvoteLabel(),
                        source.undeclaredWriteInLabel()), ballots);
                case GENERIC_CSV -> GenericCsvReader.read(new CsvSource(source.file(), source.firstVoteColumnIndex(),
                        source.firstVoteRowIndex(), source.undeclaredWriteInLabel()), ballots);
            }
        }
        ballots.trimToSize();
        return ballots;
    }

    // RCTab 2.0.1 checks the marks of all sources read so far against each new source's labels, so
    // an explicit overvote read from an earlier source is an unrecognized candidate "overvote" for a
    // later source without that overvoteLabel, and the contest is refused.
    private static void refuseOvervotesUnknownTo(RctabContestConfig.Source source, BallotBox ballots) {
        if (ballots.hasChoice(Ballot.OVERVOTE) && !source.overvoteLabel().equals(Ballot.OVERVOTE)) {
            throw new CountingException("Cast vote records of an earlier source mark the overvoteLabel \"overvote\", "
                    + "but source " + source.file().getFileName() + " has no such overvoteLabel: RCTab 2.0.1 then "
                    + "refuses the contest (unrecognized candidate \"overvote\"), so this engine refuses it too; "
                    + "give every source overvoteLabel \"overvote\"");
        }
    }
}
