package org.iops.demo;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Streams rows into a table with PostgreSQL's COPY, a chunk at a time so memory stays flat whatever the row
 * count. Values are written in COPY's text format.
 */
public final class BulkCopy implements AutoCloseable {

    private static final int CHUNK_ROWS = 20_000;

    private final CopyManager copy;
    private final String statement;
    private final StringBuilder buffer = new StringBuilder(4 << 20);
    private int bufferedRows;
    private long rows;

    public BulkCopy(Connection connection, String table, String columns) throws SQLException {
        this.copy = connection.unwrap(PGConnection.class).getCopyAPI();
        this.statement = "COPY " + table + " (" + columns + ") FROM STDIN";
    }

    /** Adds one row; null values become SQL NULL. */
    public void row(Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                buffer.append('\t');
            }
            appendValue(values[i]);
        }
        buffer.append('\n');
        rows++;
        if (++bufferedRows >= CHUNK_ROWS) {
            flush();
        }
    }

    public long rows() {
        return rows;
    }

    private void appendValue(Object value) {
        if (value == null) {
            buffer.append("\\N");
            return;
        }
        String text = value.toString();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> buffer.append("\\\\");
                case '\t' -> buffer.append("\\t");
                case '\n' -> buffer.append("\\n");
                case '\r' -> buffer.append("\\r");
                default -> buffer.append(c);
            }
        }
    }

    private void flush() throws SQLException {
        if (bufferedRows == 0) {
            return;
        }
        try {
            copy.copyIn(statement, new StringReader(buffer.toString()));
        } catch (IOException e) {
            throw new SQLException("COPY failed: " + e.getMessage(), e);
        }
        buffer.setLength(0);
        bufferedRows = 0;
    }

    @Override
    public void close() throws SQLException {
        flush();
    }
}
