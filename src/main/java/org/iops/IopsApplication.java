package org.iops;

import org.iops.decisions.counting.cli.TallyCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The IOPS platform: one deployable, a modular monolith whose modules are the direct sub-packages of
 * {@code org.iops}.
 *
 * <p>{@code java -jar iops.jar tally <config.json>} recounts an RCTab contest on the command line without starting
 * the web application or a database.
 */
@SpringBootApplication
public class IopsApplication {

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("tally")) {
            System.exit(TallyCommand.run(args, System.out, System.err));
        }
        SpringApplication.run(IopsApplication.class, args);
    }
}
