package io.holcstore.bench;

import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;

import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;

/**
 * Rows streamed to a table by {@code COPY ... FROM STDIN (FORMAT binary)}, field by field: the floors' fastest write
 * path, with no statement per row. Each row is {@link #row(int)} then exactly that many fields; {@link #close()} sends
 * the trailer and ends the COPY (the caller commits). Not thread-safe.
 */
final class CopyRows implements AutoCloseable {
    private static final byte[] SIGNATURE = "PGCOPY\n\377\r\n\0".getBytes(StandardCharsets.ISO_8859_1);
    /** PostgreSQL's binary timestamps count microseconds from 2000-01-01T00:00Z. */
    private static final long PG_EPOCH_SECOND = 946_684_800L;

    private final DataOutputStream out;
    private boolean started;

    /** @param tableAndColumns the table and its columns in the order the fields are written, e.g. {@code "t (a, b)"} */
    CopyRows(Connection connection, String tableAndColumns) throws SQLException {
        PGCopyOutputStream copy = new PGCopyOutputStream(connection.unwrap(PGConnection.class),
                "COPY " + tableAndColumns + " FROM STDIN (FORMAT binary)", 1 << 16);
        out = new DataOutputStream(copy);
    }

    /** Starts a row of {@code fields} fields (the header goes before the first). */
    CopyRows row(int fields) throws IOException {
        if (!started) {
            out.write(SIGNATURE);
            out.writeInt(0); // flags
            out.writeInt(0); // header extension length
            started = true;
        }
        out.writeShort(fields);
        return this;
    }

    CopyRows int8(long value) throws IOException {
        out.writeInt(Long.BYTES);
        out.writeLong(value);
        return this;
    }

    CopyRows int4(int value) throws IOException {
        out.writeInt(Integer.BYTES);
        out.writeInt(value);
        return this;
    }

    CopyRows text(String value) throws IOException {
        return bytes(value.getBytes(StandardCharsets.UTF_8));
    }

    CopyRows timestamptz(Instant instant) throws IOException {
        return int8((instant.getEpochSecond() - PG_EPOCH_SECOND) * 1_000_000L + instant.getNano() / 1_000);
    }

    CopyRows bytes(byte[] value) throws IOException {
        out.writeInt(value.length);
        out.write(value);
        return this;
    }

    @Override
    public void close() throws IOException {
        if (started) {
            out.writeShort(-1); // trailer
        }
        out.close();
    }
}
