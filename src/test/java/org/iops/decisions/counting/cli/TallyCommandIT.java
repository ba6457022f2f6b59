package org.iops.decisions.counting.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The two recount commands of the README, exactly as written there, run on the packaged build: each prints the
 * same report as the engine does in-process, says nothing on standard error, and the fast one really uses its
 * class data sharing archive (a stale or unusable archive would be ignored silently and only be slower).
 */
class TallyCommandIT {

    private static final Path CASES = Path.of("src/test/resources/counting/rctab-cases");

    @ParameterizedTest
    @ValueSource(strings = {"stv_cdf_json", "irv_cdf_xml", "multi_pass_irv_csv", "bottoms_up_csv"})
    void bothReadmeCommandsPrintTheEnginesReport(String stem) throws Exception {
        Path config = CASES.resolve(stem).resolve(stem + "_config.json").toAbsolutePath();
        String expected = inProcess(config);
        assertThat(expected).contains("\"results\"");

        for (List<String> command : readmeCommands()) {
            Run run = run(command, config);
            assertThat(run.exit).as("exit of %s", command).isZero();
            assertThat(run.err).as("standard error of %s", command).isEmpty();
            assertThat(run.out).as("report of %s", command).isEqualTo(expected);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"stv_cdf_json"})
    void theFastCommandsArchiveIsUsable(String stem) throws Exception {
        Path config = CASES.resolve(stem).resolve(stem + "_config.json").toAbsolutePath();
        List<String> fast = readmeCommands().get(1);
        List<String> strict = new ArrayList<>(fast);
        strict.add(1, "-Xshare:on"); // refuses to start, instead of ignoring it, if the archive can't be mapped
        Run run = run(strict, config);
        assertThat(run.err).isEmpty();
        assertThat(run.exit).isZero();
    }

    /** The README's two {@code java ... tally} commands, with the placeholder config and redirection removed. */
    static List<List<String>> readmeCommands() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        Matcher block = Pattern.compile("```sh\\n(.*?)```", Pattern.DOTALL).matcher(readme);
        List<List<String>> commands = new ArrayList<>();
        while (block.find()) {
            for (String line : block.group(1).replace("\\\n", " ").split("\n")) {
                if (line.startsWith("java ") && line.contains(" tally ")) {
                    String command = line.substring(0, line.indexOf(" tally ") + " tally".length());
                    List<String> words = new ArrayList<>(List.of(command.trim().split("\\s+")));
                    words.set(0, Path.of(System.getProperty("java.home"), "bin", "java").toString());
                    commands.add(words);
                }
            }
        }
        assertThat(commands).as("the README's recount commands").hasSize(2);
        return commands;
    }

    private static String inProcess(Path config) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit = TallyCommand.run(new String[] {"tally", config.toString()},
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        assertThat(exit).isZero();
        return out.toString(StandardCharsets.UTF_8);
    }

    record Run(int exit, String out, String err) {
    }

    private static Run run(List<String> command, Path config) throws Exception {
        List<String> full = new ArrayList<>(command);
        full.add(config.toString());
        Path out = Files.createTempFile("tally", ".out");
        Path err = Files.createTempFile("tally", ".err");
        try {
            Process process = new ProcessBuilder(full).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("%s finished", full).isTrue();
            return new Run(process.exitValue(), Files.readString(out), Files.readString(err));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }
}
