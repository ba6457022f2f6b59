package org.iops.decisions.counting.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

class TallyCommandTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    Path temp;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return TallyCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private static Path handMadeConfig(String stem) throws URISyntaxException {
        return Path.of(TallyCommandTest.class.getResource("/counting/rctab-cases/" + stem + "/" + stem + "_config.json").toURI());
    }

    private List<JsonNode> printedReports() {
        List<JsonNode> reports = new ArrayList<>();
        MAPPER.readerFor(JsonNode.class).readValues(out.toString(StandardCharsets.UTF_8))
                .forEachRemaining(node -> reports.add((JsonNode) node));
        return reports;
    }

    /** Copies a hand-made case into the temp folder with its configuration changed. */
    private Path editedCase(String stem, java.util.function.Consumer<ObjectNode> edit) throws Exception {
        Path source = handMadeConfig(stem).getParent();
        try (var files = Files.list(source)) {
            for (Path file : files.toList()) {
                Files.copy(file, temp.resolve(file.getFileName()));
            }
        }
        Path config = temp.resolve(stem + "_config.json");
        ObjectNode root = (ObjectNode) MAPPER.readTree(Files.readString(config));
        edit.accept(root);
        Files.writeString(config, MAPPER.writeValueAsString(root));
        return config;
    }

    @Test
    void printsTheDetailedReportOfAConfiguration() throws Exception {
        int status = run("tally", handMadeConfig("bottoms_up_csv").toString());

        assertThat(status).isZero();
        List<JsonNode> reports = printedReports();
        assertThat(reports).hasSize(1);
        assertThat(reports.get(0).path("summary").path("numWinners").asInt()).isEqualTo(2);
        assertThat(reports.get(0).path("results").get(0).path("tally").path("Alice").asString()).isEqualTo("5");
        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void printsOneReportPerPassForMultiPassIrv() throws Exception {
        int status = run(handMadeConfig("multi_pass_irv_csv").toString());

        assertThat(status).isZero();
        assertThat(printedReports()).hasSize(2);
    }

    @Test
    void printsUsageWithoutAConfiguration() {
        assertThat(run("tally")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("usage: tally <config.json>");
    }

    @Test
    void reportsAMissingConfigurationOnStandardError() {
        int status = run("tally", temp.resolve("missing.json").toString());

        assertThat(status).isEqualTo(1);
        assertThat(out.size()).isZero();
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("not found");
    }

    @Test
    void reportsAMalformedConfiguration() throws IOException {
        Path config = Files.writeString(temp.resolve("bad_config.json"), "{ not json");

        assertThat(run("tally", config.toString())).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("not valid JSON");
    }

    @Test
    void refusesAnInteractiveTieBreakNamingIt() throws Exception {
        Path config = editedCase("bottoms_up_csv",
                root -> ((ObjectNode) root.path("rules")).put("tiebreakMode", "stopCountingAndAsk"));

        assertThat(run("tally", config.toString())).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("tiebreakMode \"stopCountingAndAsk\"", "not supported");
    }

    @Test
    void refusesAnUnsupportedProviderNamingIt() throws Exception {
        Path config = editedCase("bottoms_up_csv",
                root -> ((ObjectNode) root.path("cvrFileSources").get(0)).put("provider", "dominion"));

        assertThat(run("tally", config.toString())).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("provider \"dominion\" is not supported");
    }

    @Test
    void refusesAnUnknownRuleOption() throws Exception {
        Path config = editedCase("bottoms_up_csv", root -> ((ObjectNode) root.path("rules")).put("surpriseMe", true));

        assertThat(run("tally", config.toString())).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("unknown option \"surpriseMe\"");
    }

    @Test
    void reportsCandidatesMissingFromTheConfiguration() throws Exception {
        Path config = editedCase("bottoms_up_csv", root -> ((ArrayNode) root.path("candidates")).remove(3));

        assertThat(run("tally", config.toString())).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("unrecognized candidate", "\"Dave\"");
    }

    @Test
    void warnsAboutOutputOnlyOptions() throws Exception {
        Path config = editedCase("bottoms_up_csv",
                root -> ((ObjectNode) root.path("outputSettings")).put("tabulateByBatch", true));

        assertThat(run("tally", config.toString())).isZero();
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("warning: outputSettings.tabulateByBatch");
    }
}
