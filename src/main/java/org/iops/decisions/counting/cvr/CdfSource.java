package org.iops.decisions.counting.cvr;

import java.nio.file.Path;

/**
 * A NIST SP 1500-103 cast vote record file and how to read it.
 *
 * @param file a {@code .json} or {@code .xml} CDF report
 * @param contestName name of the contest to count ({@code contestId} in RCTab's configuration)
 * @param overvoteLabel candidate name that stands for an overvote, or blank
 * @param undeclaredWriteInLabel candidate name that stands for an undeclared write-in, or blank
 */
public record CdfSource(Path file, String contestName, String overvoteLabel, String undeclaredWriteInLabel) {}
