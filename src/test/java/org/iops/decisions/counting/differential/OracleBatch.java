package org.iops.decisions.counting.differential;

import java.io.PrintStream;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Runs RCTab 2.0.1 on many contests in one JVM, so that its start-up (about a second) is paid once
 * per batch instead of once per contest. Started by {@link RctabOracle} in a separate JVM with
 * RCTab's jar and libraries on the class path; this project never links against RCTab.
 *
 * <p>{@code OracleBatch <list>}: each line of the list is a configuration prepared by {@link
 * RctabOracle} (absolute CVR paths, its own output folder). For each, RCTab's {@code
 * TabulatorSession.tabulate} is called exactly as its own test suite and command line call it, and
 * one line {@code done <config>} is printed when it returns. RCTab's log goes to standard error.
 */
public final class OracleBatch {

    private OracleBatch() {}

    public static void main(String[] args) throws Exception {
        List<String> configs = Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8);
        PrintStream done = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true,
                StandardCharsets.UTF_8);
        System.setOut(System.err); // RCTab prints to standard output as well as logging
        Class<?> logger = Class.forName("network.brightspots.rcv.Logger");
        Method setup = logger.getDeclaredMethod("setup");
        setup.setAccessible(true);
        setup.invoke(null);
        Class<?> session = Class.forName("network.brightspots.rcv.TabulatorSession");
        Constructor<?> create = session.getDeclaredConstructor(String.class);
        create.setAccessible(true);
        Method tabulate = session.getDeclaredMethod("tabulate", String.class);
        tabulate.setAccessible(true);
        for (String config : configs) {
            if (config.isBlank()) {
                continue;
            }
            try {
                Object result = tabulate.invoke(create.newInstance(config), "oracle");
                done.println("done " + config + " " + result);
            } catch (ReflectiveOperationException | RuntimeException e) {
                Throwable cause = e.getCause() != null ? e.getCause() : e;
                done.println("done " + config + " failed: " + cause);
            }
        }
    }
}
