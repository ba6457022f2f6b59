package org.iops.decisions.counting.cvr;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.iops.decisions.counting.Ballot;
import org.iops.decisions.counting.BallotBox;

/**
 * Reads RCTab's generic CSV cast vote records row by row with Apache Commons CSV, as RCTab 2.0.1
 * does ({@code CSVFormat.DEFAULT}: RFC 4180 quoting, empty lines skipped): the first row names the
 * candidates, each later row is a ballot whose cells hold the rank given to the column's candidate.
 * A file Commons CSV can't parse (a quote left open, a character after a closing quote) is refused
 * with its line number.
 */
public final class GenericCsvReader {

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(true).get();

    private final CsvSource source;
    private final BallotBox box;

    private GenericCsvReader(CsvSource source, BallotBox box) {
        this.source = source;
        this.box = box;
    }

    /** Adds the ballots of {@code source} to {@code box}; returns how many were read. */
    public static int read(CsvSource source, BallotBox box) {
        int before = box.size();
        try (Reader reader = withoutByteOrderMark(Files.newBufferedReader(source.file(), StandardCharsets.UTF_8));
                CSVParser parser = CSVParser.builder().setReader(reader).setFormat(FORMAT).get()) {
            new GenericCsvReader(source, box).read(parser);
        } catch (UncheckedIOException e) {
            throw new CvrReadException(source.file() + ": malformed CSV: " + e.getCause().getMessage(), e);
        } catch (IOException e) {
            throw new CvrReadException(source.file() + ": can't read: " + e.getMessage(), e);
        }
        return box.size() - before;
    }

    // A UTF-8 byte order mark is not part of the first header cell.
    private static Reader withoutByteOrderMark(BufferedReader in) throws IOException {
        PushbackReader reader = new PushbackReader(in);
        int first = reader.read();
        if (first != -1 && first != '\uFEFF') {
            reader.unread(first);
        }
        return reader;
    }

    private void read(CSVParser parser) {
        Iterator<CSVRecord> records = parser.iterator();
        if (!records.hasNext()) {
            throw new CvrReadException(source.file() + ": empty CSV file, no header row");
        }
        List<String> choices = choices(records.next());
        for (int row = 2; row < source.firstVoteRowIndex(); row++) {
            if (!records.hasNext()) {
                return;
            }
            records.next();
        }
        int firstColumn = source.firstVoteColumnIndex() - 1;
        while (records.hasNext()) {
            CSVRecord cells = records.next();
            box.beginBallot();
            for (int col = firstColumn; col < cells.size(); col++) {
                String cell = cells.get(col).trim();
                if (cell.isEmpty()) {
                    continue;
                }
                long line = parser.getCurrentLineNumber();
                if (col - firstColumn >= choices.size()) {
                    throw new CvrReadException(source.file() + ": line " + line + " has a value in column " + (col + 1)
                            + ", beyond the last candidate column of the header");
                }
                int rank;
                try {
                    rank = Integer.parseInt(cell);
                } catch (NumberFormatException e) {
                    throw new CvrReadException(source.file() + ": line " + line + " expected a rank number in column "
                            + (col + 1) + " but got \"" + cell + "\"");
                }
                box.addMark(rank, choices.get(col - firstColumn));
            }
            box.endBallot();
        }
    }

    // The choice each candidate column stands for, from the header row.
    private List<String> choices(CSVRecord header) {
        List<String> choices = new ArrayList<>();
        for (int col = source.firstVoteColumnIndex() - 1; col < header.size(); col++) {
            // RCTab takes header cells as they are, surrounding spaces included
            String name = header.get(col);
            if (name.isBlank()) {
                throw new CvrReadException(source.file() + ": candidate name in column " + (col + 1) + " can't be empty");
            }
            boolean writeIns = !CdfContest.isBlank(source.undeclaredWriteInLabel())
                    && name.equals(source.undeclaredWriteInLabel());
            choices.add(writeIns ? Ballot.UNDECLARED_WRITE_IN : name);
        }
        return choices;
    }
}
