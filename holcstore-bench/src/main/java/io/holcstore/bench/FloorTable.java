package io.holcstore.bench;

import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;

import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;

/**
 * A bare table of the same shape as a store table (same columns, primary key, unique constraint, data
 * stored EXTERNAL, no {@code updated_at} index), and the fastest plain-JDBC ways to fill and read it:
 * what the store is measured against.
 */
public final class FloorTable {
    private static final String COLUMNS = "id, version, kind, chunk_index, start_ts, dtype, updated_at, is_deleted, data";
    /** PostgreSQL's binary timestamps count microseconds from 2000-01-01T00:00Z. */
    private static final long PG_EPOCH_SECOND = 946_684_800L;
    private static final byte[] COPY_SIGNATURE = "PGCOPY\n\377\r\n\0".getBytes(StandardCharsets.ISO_8859_1);
    /** Rows per batch for batched inserts, and per round trip when reading: a few MB of month chunks. */
    private static final int ROWS_PER_TRIP = 256;

    private final String name;

    public FloorTable(String name) {
        this.name = name;
    }

    public String name() {
        return name;
    }

    /** Kept if it exists, so that a run may reuse what an earlier one filled (--keep-tables). */
    public void createIfMissing(Database db) {
        db.execute("CREATE TABLE IF NOT EXISTS " + name + " (id bigint PRIMARY KEY, version integer NOT NULL, kind varchar(255) NOT NULL,"
                + " chunk_index integer NOT NULL, start_ts timestamptz NOT NULL, dtype varchar(16) NOT NULL,"
                + " updated_at timestamptz NOT NULL, is_deleted boolean NOT NULL, data bytea NOT NULL,"
                + " CONSTRAINT " + name + "_uniq UNIQUE (kind, version, chunk_index))");
        db.execute("ALTER TABLE " + name + " ALTER COLUMN data SET STORAGE EXTERNAL");
    }

    /** Where rows are written; closing it sends the rest (the caller commits). */
    public interface RowSink extends AutoCloseable {
        void write(FloorRow row) throws SQLException, IOException;

        @Override
        void close() throws SQLException, IOException;
    }

    /** A sink streaming rows through {@code COPY ... FROM STDIN (FORMAT binary)}: no per-row statement at all. */
    public RowSink copySink(Connection connection) throws SQLException {
        PGCopyOutputStream copy = new PGCopyOutputStream(connection.unwrap(PGConnection.class),
                "COPY " + name + " (" + COLUMNS + ") FROM STDIN (FORMAT binary)", 1 << 16);
        DataOutputStream out = new DataOutputStream(copy);
        return new RowSink() {
            private boolean started;

            @Override
            public void write(FloorRow row) throws IOException {
                if (!started) {
                    out.write(COPY_SIGNATURE);
                    out.writeInt(0); // flags
                    out.writeInt(0); // header extension length
                    started = true;
                }
                out.writeShort(9);
                field(Long.BYTES).writeLong(row.id());
                field(Integer.BYTES).writeInt(row.version());
                bytes(row.kind().getBytes(StandardCharsets.UTF_8));
                field(Integer.BYTES).writeInt(row.chunkIndex());
                field(Long.BYTES).writeLong(pgMicros(row.startTs()));
                bytes(row.dtype().getBytes(StandardCharsets.UTF_8));
                field(Long.BYTES).writeLong(pgMicros(row.updatedAt()));
                field(1).writeBoolean(row.deleted());
                bytes(row.data());
            }

            private DataOutputStream field(int length) throws IOException {
                out.writeInt(length);
                return out;
            }

            private void bytes(byte[] value) throws IOException {
                field(value.length).write(value);
            }

            @Override
            public void close() throws IOException {
                if (started) {
                    out.writeShort(-1); // trailer
                }
                out.close();
            }
        };
    }

    /** A sink of batched INSERTs; give it a connection opened with {@code reWriteBatchedInserts=true}. */
    public RowSink batchSink(Connection connection) throws SQLException {
        BatchedInsert batch = new BatchedInsert(connection.prepareStatement(
                "INSERT INTO " + name + " (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"), ROWS_PER_TRIP);
        PreparedStatement insert = batch.statement();
        return new RowSink() {
            @Override
            public void write(FloorRow row) throws SQLException {
                insert.setLong(1, row.id());
                insert.setInt(2, row.version());
                insert.setString(3, row.kind());
                insert.setInt(4, row.chunkIndex());
                insert.setTimestamp(5, Timestamp.from(row.startTs()));
                insert.setString(6, row.dtype());
                insert.setTimestamp(7, Timestamp.from(row.updatedAt()));
                insert.setBoolean(8, row.deleted());
                insert.setBytes(9, row.data());
                batch.addRow();
            }

            @Override
            public void close() throws SQLException {
                batch.close();
            }
        };
    }

    /** What a read does with each row. */
    @FunctionalInterface
    public interface RowConsumer {
        void accept(FloorRow row) throws SQLException, IOException;
    }

    /**
     * Streams every row (a cursor: {@code connection} must not be in autocommit), as {@link FloorSelect#prepare}
     * prepares it for {@code binary} or text transfer.
     */
    public void read(Connection connection, boolean binary, RowConsumer consumer) throws SQLException, IOException {
        try (PreparedStatement select = FloorSelect.prepare(connection, "SELECT " + COLUMNS + " FROM " + name, binary, ROWS_PER_TRIP)) {
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    consumer.accept(new FloorRow(rs.getLong(1), rs.getInt(2), rs.getString(3), rs.getInt(4),
                            rs.getObject(5, OffsetDateTime.class).toInstant(), rs.getString(6),
                            rs.getObject(7, OffsetDateTime.class).toInstant(), rs.getBoolean(8), rs.getBytes(9)));
                }
            }
        }
    }

    private static long pgMicros(Instant instant) {
        return (instant.getEpochSecond() - PG_EPOCH_SECOND) * 1_000_000L + instant.getNano() / 1_000;
    }
}
