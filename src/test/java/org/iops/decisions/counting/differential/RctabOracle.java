package org.iops.decisions.counting.differential;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * RCTab 2.0.1 as an oracle: the build in {@code ../shared/rctab-oracle} (or the folder named by
 * the system property or environment variable {@code IOPS_RCTAB_ORACLE}), driven in batches by
 * {@link OracleBatch} in a few forked JVMs. Each contest is counted from a copy of its configuration
 * whose output goes to {@code oracle-out} beside it, and its detailed reports are read back as
 * {@code rctab-report} reads them.
 */
final class RctabOracle {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern PASS = Pattern.compile("_(\\d+)_detailed_report");

    private final Path home;

    private RctabOracle(Path home) {
        this.home = home;
    }

    /** The oracle; fails (never skips) when it isn't there, so that CI can't pass without it. */
    static RctabOracle locate() {
        String configured = System.getProperty("IOPS_RCTAB_ORACLE", System.getenv("IOPS_RCTAB_ORACLE"));
        Path home = configured != null && !configured.isBlank() ? Path.of(configured)
                : Path.of(System.getProperty("user.dir")).resolve("../shared/rctab-oracle").normalize();
        if (!Files.isRegularFile(home.resolve("rctab-2.0.1.jar"))) {
            throw new IllegalStateException("RCTab 2.0.1 oracle not found at " + home
                    + " (set IOPS_RCTAB_ORACLE or put it at ../shared/rctab-oracle)");
        }
        return new RctabOracle(home);
    }

    /**
     * Counts every contest with RCTab, spread over {@code jvms} JVMs run side by side.
     *
     * @return for each configuration, RCTab's reports in pass order; empty when RCTab refused it
     */
    Map<Path, List<JsonNode>> count(List<Path> configs, int jvms) throws IOException, InterruptedException {
        Path work = Files.createTempDirectory("rctab-oracle-");
        Path classes = copyBatchClass(work);
        List<List<String>> batches = new ArrayList<>();
        for (int i = 0; i < jvms; i++) {
            batches.add(new ArrayList<>());
        }
        for (int i = 0; i < configs.size(); i++) {
            batches.get(i % jvms).add(prepare(configs.get(i)).toString());
        }
        List<Process> processes = new ArrayList<>();
        for (int i = 0; i < jvms; i++) {
            if (batches.get(i).isEmpty()) {
                continue;
            }
            Path list = Files.write(work.resolve("batch" + i + ".txt"), batches.get(i), StandardCharsets.UTF_8);
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            processes.add(new ProcessBuilder(java, "-Xmx768m", "-XX:TieredStopAtLevel=1",
                    "--module-path", home.resolve("fx").toString(),
                    "--add-modules", "javafx.base,javafx.graphics,javafx.controls,javafx.fxml",
                    "-cp", home.resolve("rctab-2.0.1.jar") + ":" + home.resolve("lib") + "/*:" + classes,
                    OracleBatch.class.getName(), list.toString())
                    .directory(work.toFile()) // RCTab writes its rcv_0.log into the working directory
                    .redirectOutput(work.resolve("batch" + i + ".out").toFile())
                    .redirectError(work.resolve("batch" + i + ".log").toFile())
                    .start());
        }
        for (Process process : processes) {
            if (!process.waitFor(30, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IllegalStateException("RCTab oracle did not finish; its log is in " + work);
            }
        }
        // "done <config> []": RCTab finished without exceptions; anything else means it gave up,
        // possibly after writing the reports of earlier multi-pass passes
        java.util.Set<String> succeeded = new java.util.HashSet<>();
        for (int i = 0; i < jvms; i++) {
            Path out = work.resolve("batch" + i + ".out");
            if (Files.exists(out)) {
                for (String line : Files.readAllLines(out, StandardCharsets.UTF_8)) {
                    if (line.startsWith("done ") && line.endsWith(" []")) {
                        succeeded.add(line.substring(5, line.length() - 3));
                    }
                }
            }
        }
        Map<Path, List<JsonNode>> reports = new LinkedHashMap<>();
        for (Path config : configs) {
            Path folder = config.toAbsolutePath().getParent();
            boolean ok = succeeded.contains(folder.resolve("oracle_config.json").toString());
            reports.put(config, ok ? reports(folder.resolve("oracle-out")) : List.of());
        }
        deleteTree(work);
        return reports;
    }

    // A copy of the configuration with absolute CVR paths and its own output folder, as rctab-report makes.
    private static Path prepare(Path config) throws IOException {
        ObjectNode copy = (ObjectNode) JSON.readTree(Files.readString(config));
        Path folder = config.toAbsolutePath().getParent();
        for (JsonNode source : copy.path("cvrFileSources")) {
            ((ObjectNode) source).put("filePath", folder.resolve(source.path("filePath").asString()).toString());
        }
        Path out = folder.resolve("oracle-out");
        deleteTree(out);
        ((ObjectNode) copy.path("outputSettings")).put("outputDirectory", out.toString());
        Path prepared = folder.resolve("oracle_config.json");
        Files.writeString(prepared, JSON.writeValueAsString(copy), StandardCharsets.UTF_8);
        return prepared;
    }

    // The contest's reports sit at the top of the results folder, one per pass for multi-pass IRV.
    private static List<JsonNode> reports(Path out) throws IOException {
        if (!Files.isDirectory(out)) {
            return List.of();
        }
        List<Path> files;
        try (Stream<Path> found = Files.find(out, 2, (path, attributes) -> path.getNameCount() == out.getNameCount() + 2
                && path.getFileName().toString().contains("detailed_report") && path.toString().endsWith(".json"))) {
            files = new ArrayList<>(found.toList());
        }
        files.sort(Comparator.comparingInt(RctabOracle::passNumber));
        List<JsonNode> reports = new ArrayList<>();
        for (Path file : files) {
            reports.add(JSON.readTree(Files.readString(file)));
        }
        return reports;
    }

    private static int passNumber(Path report) {
        Matcher m = PASS.matcher(report.getFileName().toString());
        return m.find() ? Integer.parseInt(m.group(1)) : 0;
    }

    private static Path copyBatchClass(Path work) throws IOException {
        String resource = OracleBatch.class.getName().replace('.', '/') + ".class";
        Path target = work.resolve("classes").resolve(resource);
        Files.createDirectories(target.getParent());
        try (InputStream in = OracleBatch.class.getClassLoader().getResourceAsStream(resource)) {
            Files.copy(in, target);
        }
        return work.resolve("classes");
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
