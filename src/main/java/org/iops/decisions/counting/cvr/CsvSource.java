package org.iops.decisions.counting.cvr;

import java.nio.file.Path;

/**
 * An RCTab generic CSV cast vote record file: a header row naming the candidates, then one row per
 * ballot whose cells hold the rank given to each candidate.
 *
 * @param file the CSV file
 * @param firstVoteColumnIndex 1-based column of the first candidate
 * @param firstVoteRowIndex 1-based row of the first ballot (the header is row 1)
 * @param undeclaredWriteInLabel header of the column counting undeclared write-ins, or blank
 */
public record CsvSource(Path file, int firstVoteColumnIndex, int firstVoteRowIndex, String undeclaredWriteInLabel) {}
