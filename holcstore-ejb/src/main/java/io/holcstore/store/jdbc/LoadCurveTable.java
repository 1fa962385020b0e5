package io.holcstore.store.jdbc;

import io.holcstore.codec.CorruptChunkException;
import io.holcstore.codec.SeriesBlobEncoding;
import io.holcstore.mapping.KeyField;
import io.holcstore.mapping.LoadCurveColumns;
import io.holcstore.mapping.LoadCurveMapping;
import io.holcstore.series.IndexedSeries;
import io.holcstore.store.ChunkStoreException;
import io.holcstore.store.SeriesKey;
import io.holcstore.store.loadcurve.LoadCurveEntry;
import io.holcstore.store.loadcurve.LoadCurveOrder;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.function.Consumer;

/**
 * The SQL of one load-curve table on the connection of the caller's transaction: conditions, the row writes and the
 * streamed reads. Column names come from the mapping only; every value is a bound parameter. Not thread-safe (its
 * connection is not).
 */
final class LoadCurveTable {
    /** Rows fetched per round trip by reads, which stream. */
    private static final int FETCH_SIZE = 64;
    /** Rows per JDBC batch of a write of many curves (with their encoded blobs: a few MB). */
    private static final int WRITE_BATCH = 64;

    private final LoadCurveContext context;
    private final LoadCurveMapping mapping;
    private final LoadCurveColumns c;
    private final Connection connection;

    LoadCurveTable(LoadCurveContext context, Connection connection) {
        this.context = context;
        this.mapping = context.mapping;
        this.c = mapping.columns();
        this.connection = connection;
    }

    /** A conjunction of column conditions with its bound values, built field by field. */
    final class Where {
        private final StringJoiner sql = new StringJoiner(" AND ");
        private final List<Object> values = new ArrayList<>();

        Where client(int clientId) {
            return equal(c.clientId(), clientId);
        }

        Where prm(String prm) {
            return equal(c.prm(), prm);
        }

        Where version(int version) {
            return equal(c.version(), version);
        }

        /** The prm is one of these (a non-empty list). */
        Where prmIn(List<String> prms) {
            StringJoiner marks = new StringJoiner(", ", c.prm() + " IN (", ")");
            prms.forEach(p -> marks.add("?"));
            sql.add(marks.toString());
            values.addAll(prms);
            return this;
        }

        /** The attribute fields have these values (converted by the store's validator). */
        Where attributes(SeriesKey attributes) {
            attributes.fields().forEach((name, value) -> {
                KeyField field = context.attribute(name);
                equal(field.column(), field.toColumnValue(value));
            });
            return this;
        }

        private Where equal(String column, Object value) {
            sql.add(column + " = ?");
            values.add(value);
            return this;
        }

        String sql() {
            return sql.length() == 0 ? "1 = 1" : sql.toString();
        }

        int bind(PreparedStatement ps, int first) throws SQLException {
            int p = first;
            for (Object value : values) {
                ps.setObject(p++, value);
            }
            return p;
        }
    }

    Where where() {
        return new Where();
    }

    /**
     * The highest version of each prm among the rows matching, for the prms that have one; {@code where} must not
     * name the prm (the rows are grouped by it).
     */
    Map<String, Integer> maxVersions(Where where) {
        Map<String, Integer> versions = new HashMap<>();
        try (PreparedStatement ps = connection.prepareStatement("SELECT " + c.prm() + ", max(" + c.version() + ") FROM " + mapping.table()
                + " WHERE " + where.sql() + " GROUP BY " + c.prm())) {
            where.bind(ps, 1);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    versions.put(rs.getString(1), rs.getInt(2));
                }
            }
        } catch (SQLException e) {
            throw failure("read the versions of", e);
        }
        return versions;
    }

    /** A row to insert: its key, version and curve. */
    record NewRow(long id, String prm, int version, IndexedSeries series) {
    }

    /**
     * Inserts rows of one client and attribute values, {@value #WRITE_BATCH} a JDBC batch, so that a write of many
     * curves costs a few round trips, not one per curve, and holds at most one batch of encoded blobs.
     */
    void insertAll(int clientId, SeriesKey attributes, List<NewRow> rows, OffsetDateTime now) {
        SeriesBlobEncoding encoding = SeriesBlobEncoding.current();
        StringJoiner columns = new StringJoiner(", ");
        StringJoiner marks = new StringJoiner(", ");
        for (String column : List.of(c.id(), c.clientId(), c.prm(), c.version(), c.lastModified(), c.createdAt(), c.dtype(), c.data())) {
            columns.add(column);
            marks.add("?");
        }
        for (KeyField field : mapping.attributes()) {
            columns.add(field.column());
            marks.add("?");
        }
        try (PreparedStatement ps = connection.prepareStatement("INSERT INTO " + mapping.table() + " (" + columns + ") VALUES ("
                + marks + ")")) {
            int batched = 0;
            for (NewRow row : rows) {
                int p = 1;
                ps.setLong(p++, row.id());
                ps.setInt(p++, clientId);
                ps.setString(p++, row.prm());
                ps.setInt(p++, row.version());
                ps.setObject(p++, now);
                ps.setObject(p++, now);
                ps.setString(p++, encoding.dtype());
                ps.setBytes(p++, encoding.encode(row.series()));
                for (KeyField field : mapping.attributes()) {
                    ps.setObject(p++, field.toColumnValue(attributes.get(field.name())));
                }
                ps.addBatch();
                if (++batched % WRITE_BATCH == 0) {
                    ps.executeBatch();
                }
            }
            if (batched % WRITE_BATCH != 0) {
                ps.executeBatch();
            }
        } catch (SQLException e) {
            throw failure("insert into", e);
        }
    }

    /**
     * Replaces the series of version 0 of each curve of {@code series} (client, prm and these attribute values), in
     * JDBC batches as {@link #insertAll}; each row must exist (the caller found it under the writers' lock).
     *
     * @throws ChunkStoreException naming the prm if its row was not there
     */
    void replaceAllVersionZero(int clientId, SeriesKey attributes, Map<String, IndexedSeries> series, OffsetDateTime now) {
        if (series.isEmpty()) {
            return;
        }
        SeriesBlobEncoding encoding = SeriesBlobEncoding.current();
        List<String> prms = new ArrayList<>(series.keySet());
        // One statement for all: the condition's SQL is the same for every prm, only its bound values differ.
        try (PreparedStatement ps = connection.prepareStatement("UPDATE " + mapping.table() + " SET " + c.data() + " = ?, "
                + c.dtype() + " = ?, " + c.lastModified() + " = ? WHERE " + versionZero(clientId, prms.get(0), attributes).sql())) {
            for (int from = 0; from < prms.size(); from += WRITE_BATCH) {
                List<String> batch = prms.subList(from, Math.min(prms.size(), from + WRITE_BATCH));
                for (String prm : batch) {
                    ps.setBytes(1, encoding.encode(series.get(prm)));
                    ps.setString(2, encoding.dtype());
                    ps.setObject(3, now);
                    versionZero(clientId, prm, attributes).bind(ps, 4);
                    ps.addBatch();
                }
                int[] updated = ps.executeBatch();
                for (int i = 0; i < updated.length; i++) {
                    if (updated[i] == 0) {
                        throw new ChunkStoreException("store " + mapping.name() + ": version 0 of prm '" + batch.get(i) + "' of client "
                                + clientId + " vanished while its writers were locked (written by something other than the store?)");
                    }
                }
            }
        } catch (SQLException e) {
            throw failure("update", e);
        }
    }

    private Where versionZero(int clientId, String prm, SeriesKey attributes) {
        return where().client(clientId).prm(prm).attributes(attributes).version(0);
    }

    long count(Where where) {
        try (PreparedStatement ps = connection.prepareStatement("SELECT count(*) FROM " + mapping.table() + " WHERE " + where.sql())) {
            where.bind(ps, 1);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw failure("count the rows of", e);
        }
    }

    int delete(Where where) {
        try (PreparedStatement ps = connection.prepareStatement("DELETE FROM " + mapping.table() + " WHERE " + where.sql())) {
            where.bind(ps, 1);
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw failure("delete from", e);
        }
    }

    /**
     * Streams the rows matching to {@code rows}, decoded, ordered by prm, then as {@code order} says, then newest row
     * first (highest id); a row is decoded when it is reached, so memory holds one row at a time.
     */
    void scan(Where where, List<LoadCurveOrder> order, Consumer<LoadCurveEntry> rows) {
        StringJoiner orderBy = new StringJoiner(", ");
        orderBy.add(c.prm());
        order.forEach(o -> orderBy.add(context.column(o.field(), "orderBy") + (o.descending() ? " DESC" : " ASC")));
        orderBy.add(c.id() + " DESC");
        StringJoiner select = new StringJoiner(", ");
        for (String column : List.of(c.id(), c.clientId(), c.prm(), c.version(), c.lastModified(), c.createdAt(), c.dtype(), c.data())) {
            select.add(column);
        }
        mapping.attributes().forEach(a -> select.add(a.column()));
        try (PreparedStatement ps = connection.prepareStatement("SELECT " + select + " FROM " + mapping.table() + " WHERE "
                + where.sql() + " ORDER BY " + orderBy)) {
            ps.setFetchSize(FETCH_SIZE);
            context.dialect.preferBinary(ps); // else hex text for a statement's first runs on a connection
            where.bind(ps, 1);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.accept(read(rs));
                }
            }
        } catch (SQLException e) {
            throw failure("read", e);
        }
    }

    private LoadCurveEntry read(ResultSet rs) throws SQLException {
        long id = rs.getLong(1);
        Map<String, Object> attributes = new LinkedHashMap<>();
        int p = 9;
        for (KeyField field : mapping.attributes()) {
            attributes.put(field.name(), field.fromColumnValue(rs.getObject(p++)));
        }
        IndexedSeries series;
        try {
            series = SeriesBlobEncoding.forDtype(rs.getString(7)).decode(rs.getBytes(8), mapping.zone());
        } catch (CorruptChunkException e) {
            throw new CorruptChunkException("store " + mapping.name() + ", row id " + id + " (prm '" + rs.getString(3) + "', version "
                    + rs.getInt(4) + "): " + e.getMessage(), e);
        }
        return new LoadCurveEntry(rs.getString(3), rs.getInt(2), rs.getInt(4), SeriesKey.of(attributes),
                rs.getObject(5, OffsetDateTime.class).toInstant(), rs.getObject(6, OffsetDateTime.class).toInstant(), series);
    }

    private ChunkStoreException failure(String action, SQLException e) {
        return new ChunkStoreException("could not " + action + " table " + mapping.table() + " of store " + mapping.name() + ": "
                + e.getMessage(), e);
    }
}
