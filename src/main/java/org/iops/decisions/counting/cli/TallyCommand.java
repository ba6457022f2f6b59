package org.iops.decisions.counting.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.iops.decisions.counting.CountingException;
import org.iops.decisions.counting.rctab.RctabReport;
import org.iops.decisions.counting.rctab.RctabTally;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code tally <config.json>}: counts the contest of an RCTab configuration file and prints RCTab's
 * detailed report JSON on standard output (for multi-pass IRV, one report per pass, one after the
 * other). Starts neither Spring nor a database. Errors go to standard error with exit status 1;
 * wrong usage exits with 2.
 */
public final class TallyCommand {

    static final String USAGE = "usage: tally <config.json>";

    private TallyCommand() {}

    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        int status = run(args, out, err);
        out.flush();
        System.exit(status);
    }

    /**
     * Runs the command. {@code args} may start with the word {@code tally}.
     *
     * @return the exit status: 0 on success, 1 if the count failed, 2 on wrong usage
     */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        String[] rest = args.length > 0 && args[0].equals("tally") ? Arrays.copyOfRange(args, 1, args.length) : args;
        if (rest.length != 1 || rest[0].startsWith("-")) {
            err.println(USAGE);
            return 2;
        }
        Path config = Path.of(rest[0]);
        if (!Files.isRegularFile(config)) {
            err.println("error: contest configuration not found: " + config);
            return 1;
        }
        try {
            RctabTally.Outcome outcome = RctabTally.run(config);
            outcome.config().warnings().forEach(warning -> err.println("warning: " + warning));
            for (ObjectNode report : outcome.reports()) {
                out.println(RctabReport.toPrettyString(report));
            }
            out.flush();
            return 0;
        } catch (CountingException e) {
            err.println("error: " + e.getMessage());
            return 1;
        } catch (RuntimeException e) {
            err.println("error: unexpected failure: " + e);
            return 1;
        }
    }
}
