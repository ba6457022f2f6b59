package org.iops.decisions.counting.cvr;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.iops.decisions.counting.Ballot;
import org.iops.decisions.counting.BallotBox;

/** Reads RCTab's generic CSV cast vote records row by row (RFC 4180 quoting, empty lines skipped). */
public final class GenericCsvReader {

    private final CsvSource source;
    private final BallotBox box;

    private GenericCsvReader(CsvSource source, BallotBox box) {
        this.source = source;
        this.box = box;
    }

    /** Adds the ballots of {@code source} to {@code box}; returns how many were read. */
    public static int read(CsvSource source, BallotBox box) {
        int before = box.size();
        try (BufferedReader reader = Files.newBufferedReader(source.file(), StandardCharsets.UTF_8)) {
            new GenericCsvReader(source, box).read(new RecordReader(reader));
        } catch (IOException e) {
            throw new CvrReadException(source.file() + ": can't read: " + e.getMessage(), e);
        }
        return box.size() - before;
    }

    private void read(RecordReader records) throws IOException {
        int firstColumn = source.firstVoteColumnIndex() - 1;
        List<String> header = records.next();
        if (header == null) {
            throw new CvrReadException(source.file() + ": empty CSV file, no header row");
        }
        List<String> choices = new ArrayList<>();
        for (int col = firstColumn; col < header.size(); col++) {
            // RCTab takes header cells as they are, surrounding spaces included
            String name = header.get(col);
            if (name.isBlank()) {
                throw new CvrReadException(source.file() + ": candidate name in column " + (col + 1) + " can't be empty");
            }
            boolean writeIns = !CdfContest.isBlank(source.undeclaredWriteInLabel())
                    && name.equals(source.undeclaredWriteInLabel());
            choices.add(writeIns ? Ballot.UNDECLARED_WRITE_IN : name);
        }
        for (int row = 2; row < source.firstVoteRowIndex(); row++) {
            if (records.next() == null) {
                return;
            }
        }
        List<String> cells;
        while ((cells = records.next()) != null) {
            box.beginBallot();
            for (int col = firstColumn; col < cells.size(); col++) {
                String cell = cells.get(col).trim();
                if (cell.isEmpty()) {
                    continue;
                }
                if (col - firstColumn >= choices.size()) {
                    throw new CvrReadException(source.file() + ": line " + records.line() + " has a value in column "
                            + (col + 1) + ", beyond the last candidate column of the header");
                }
                int rank;
                try {
                    rank = Integer.parseInt(cell);
                } catch (NumberFormatException e) {
                    throw new CvrReadException(source.file() + ": line " + records.line() + " expected a rank number in column "
                            + (col + 1) + " but got \"" + cell + "\"");
                }
                box.addMark(rank, choices.get(col - firstColumn));
            }
            box.endBallot();
        }
    }

    /** Splits a character stream into CSV records. */
    static final class RecordReader {
        private final Reader in;
        private int line;
        private int pushedBack = -2;

        RecordReader(Reader in) {
            this.in = in;
        }

        int line() {
            return line;
        }

        /** The next non-empty record, or null at the end of the input. */
        List<String> next() throws IOException {
            while (true) {
                int c = read();
                if (c == -1) {
                    return null;
                }
                if (c == '\r' || c == '\n') {
                    skipNewline(c);
                    line++;
                    continue;
                }
                if (c == '\uFEFF' && line == 0) {
                    continue;
                }
                unread(c);
                line++;
                return record();
            }
        }

        private List<String> record() throws IOException {
            List<String> fields = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            boolean quoted = false;
            while (true) {
                int c = read();
                if (quoted) {
                    if (c == -1) {
                        throw new CvrReadException("unterminated quoted field at line " + line);
                    }
                    if (c == '"') {
                        int next = read();
                        if (next == '"') {
                            field.append('"');
                        } else {
                            quoted = false;
                            unread(next);
                        }
                    } else {
                        if (c == '\n') {
                            line++;
                        }
                        field.append((char) c);
                    }
                } else if (c == '"') {
                    quoted = true;
                } else if (c == ',') {
                    fields.add(field.toString());
                    field.setLength(0);
                } else if (c == '\r' || c == '\n' || c == -1) {
                    skipNewline(c);
                    fields.add(field.toString());
                    return fields;
                } else {
                    field.append((char) c);
                }
            }
        }

        private void skipNewline(int c) throws IOException {
            if (c == '\r') {
                int next = read();
                if (next != '\n') {
                    unread(next);
                }
            }
        }

        private int read() throws IOException {
            if (pushedBack != -2) {
                int c = pushedBack;
                pushedBack = -2;
                return c;
            }
            return in.read();
        }

        private void unread(int c) {
            pushedBack = c;
        }
    }
}
