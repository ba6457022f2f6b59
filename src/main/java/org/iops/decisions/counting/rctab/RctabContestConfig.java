package org.iops.decisions.counting.rctab;

import static org.iops.decisions.counting.rctab.ConfigValues.fail;
import static org.iops.decisions.counting.rctab.ConfigValues.refuseUnknownKeys;
import static org.iops.decisions.counting.rctab.ConfigValues.text;
import static org.iops.decisions.counting.rctab.ConfigValues.textOrNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.iops.decisions.counting.ContestRules;
import org.iops.decisions.counting.CountingException;
import org.iops.decisions.counting.cvr.JsonTrees;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * An RCTab contest configuration file (see RCTab's {@code config_file_documentation.txt}): output
 * settings, cast vote record sources, candidates and rules. Loading validates it as RCTab does and
 * refuses, naming the option, whatever this engine does not support: interactive tie-breaks, CVR
 * providers other than {@code cdf} and {@code genericCsv}, and source options that only apply to
 * other providers. Options that only shape RCTab's other output files are reported as warnings.
 *
 * @param contestName outputSettings.contestName
 * @param contestDate outputSettings.contestDate, or null
 * @param contestJurisdiction outputSettings.contestJurisdiction, or null
 * @param contestOffice outputSettings.contestOffice, or null
 * @param sources the cast vote record sources, paths resolved against the configuration's folder
 * @param rules the candidates and rules
 * @param warnings options accepted but without effect on the detailed report
 */
public record RctabContestConfig(
        String contestName,
        String contestDate,
        String contestJurisdiction,
        String contestOffice,
        List<Source> sources,
        ContestRules rules,
        List<String> warnings) {

    private static final Set<String> TOP_LEVEL_KEYS = Set.of("tabulatorVersion", "outputSettings", "cvrFileSources",
            "candidates", "rules");
    private static final Set<String> OUTPUT_KEYS = Set.of("contestName", "outputDirectory", "contestDate",
            "contestJurisdiction", "contestOffice", "tabulateByBatch", "tabulateByPrecinct", "generateCdfJson");
    /** Provider of a cast vote record source. */
    public enum Provider { CDF, GENERIC_CSV }

    /**
     * A cast vote record source.
     *
     * @param provider cdf or genericCsv
     * @param file the file, resolved
     * @param contestId contest name in a CDF file
     * @param firstVoteColumnIndex 1-based, generic CSV only
     * @param firstVoteRowIndex 1-based, generic CSV only
     * @param overvoteLabel candidate name meaning an overvote (CDF), or blank
     * @param undeclaredWriteInLabel name meaning an undeclared write-in, or blank
     */
    public record Source(Provider provider, Path file, String contestId, int firstVoteColumnIndex,
            int firstVoteRowIndex, String overvoteLabel, String undeclaredWriteInLabel) {}

    /** Loads and validates the configuration at {@code path}. */
    public static RctabContestConfig load(Path path) {
        JsonNode root;
        try {
            root = JsonTrees.read(Files.readString(path));
        } catch (IOException e) {
            throw new CountingException("Can't read contest configuration " + path + ": " + e.getMessage(), e);
        } catch (JacksonException e) {
            throw new CountingException("Contest configuration " + path + " is not valid JSON: "
                    + e.getOriginalMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new CountingException("Contest configuration " + path + " must be a JSON object");
        }
        Path folder = path.toAbsolutePath().getParent();
        return new Loader(root, folder).load();
    }

    private static final class Loader {
        private final JsonNode root;
        private final Path folder;
        private final List<String> warnings = new ArrayList<>();

        Loader(JsonNode root, Path folder) {
            this.root = root;
            this.folder = folder;
        }

        RctabContestConfig load() {
            refuseUnknownKeys(root, TOP_LEVEL_KEYS, "");
            JsonNode output = root.path("outputSettings");
            refuseUnknownKeys(output, OUTPUT_KEYS, "outputSettings: ");
            String contestName = text(output, "contestName");
            if (contestName.isBlank()) {
                fail("outputSettings.contestName is required");
            }
            for (String flag : List.of("tabulateByBatch", "tabulateByPrecinct", "generateCdfJson")) {
                if (output.path(flag).asBoolean(false)) {
                    warnings.add("outputSettings." + flag + " is set: this command prints only the overall "
                            + "detailed report, not RCTab's other output files");
                }
            }
            List<Source> sources = RctabSources.read(root, folder, output.path("tabulateByPrecinct").asBoolean(false),
                    warnings);
            ContestRules rules = RctabRules.read(root, sources, warnings);
            // RCTab's report carries these as given, null when absent
            return new RctabContestConfig(contestName, textOrNull(output, "contestDate"),
                    textOrNull(output, "contestJurisdiction"), textOrNull(output, "contestOffice"), sources, rules,
                    List.copyOf(warnings));
        }
    }
}
