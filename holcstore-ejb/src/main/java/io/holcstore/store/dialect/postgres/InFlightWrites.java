package io.holcstore.store.dialect.postgres;

import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Locale;
import java.util.UUID;

/**
 * The writes in flight on one sync table, seen by every session of the database: how a listing of updates knows
 * where to stop so that it can never be overtaken by a write that commits later with an older stamp.
 *
 * <p>A sync write, in the statement that takes its series locks, takes a shared advisory lock whose key names the
 * table and the millisecond of its stamp (read from the database's clock before the stamp itself). The lock lasts
 * until the transaction ends, after its rows are visible to new snapshots. A listing first reads the horizon: the
 * least of its statement's start and the oldest marked millisecond in {@code pg_locks}; it then lists, in later
 * statements with fresher snapshots, only rows stamped before it. A write in flight then has a stamp at or after
 * the horizon; a write not yet marked will read the clock later than the horizon was read; and every write stamped
 * before it has ended, so its rows are in the listing's snapshot. Shared locks never wait for one another, so
 * marking costs writers nothing but a lock-table entry.
 *
 * <p>Only the transaction's first write to the table takes a mark: its later writes stamp later, so the first mark
 * already holds listings back for them, and a transaction of 50 000 calls holds one mark instead of one per
 * millisecond it ran (which filled PostgreSQL's shared lock table and failed every session of the server). A
 * transaction-local setting named after the table records that the transaction is marked; the statement that takes
 * the mark reads and sets it, so this costs no round trip, and PostgreSQL resets it exactly when it releases the mark:
 * at the transaction's end, or when the savepoint it was set under is rolled back.
 *
 * <p>The key is the two-integer form (a namespace apart from single-bigint advisory locks): the first integer holds
 * 19 bits naming the table and the 12 high bits of the milliseconds since 2000, the second their 32 low bits, which
 * reach to the year 2557. Two tables sharing the 19 bits only make each other's listings wait a little longer (and
 * share the setting, which is right: the first mark of either holds both back).
 */
final class InFlightWrites {
    /** 2000-01-01T00:00:00Z in Unix milliseconds: the origin of the marked milliseconds. */
    private static final long ORIGIN_MILLIS = 946_684_800_000L;
    /** The largest millisecond a mark holds: 44 bits. */
    private static final long MAX_MILLIS = (1L << 44) - 1;

    /** The 19 bits naming this table in its marks. */
    private final int space;
    /** The transaction-local setting that says the transaction holds a mark of {@link #space}. */
    private final String markedSetting;

    InFlightWrites(String table) {
        this.space = (int) (UUID.nameUUIDFromBytes(("in-flight " + table.toLowerCase(Locale.ROOT)).getBytes(StandardCharsets.UTF_8))
                .getMostSignificantBits() & 0x7_ffffL);
        this.markedSetting = "holcstore.in_flight_" + space;
    }

    /**
     * {@code marked AS MATERIALIZED (...)}: a CTE that reads the one row of {@code after}, then, unless the
     * transaction is marked already, marks the millisecond of {@code clock_timestamp()} (read after {@code after}'s
     * row exists) and records that it is marked. Its parameters are bound by {@link #bindMark}.
     */
    String markCte(String after) {
        String millis = "LEAST(GREATEST(floor(extract(epoch FROM clock_timestamp()) * 1000)::bigint - " + ORIGIN_MILLIS + ", 0), "
                + MAX_MILLIS + ")";
        // the low 32 bits as the signed integer PostgreSQL takes; pg_locks shows them unsigned again
        return "marked AS MATERIALIZED (SELECT CASE WHEN current_setting(?, true) IS DISTINCT FROM 'marked'"
                + " THEN pg_advisory_xact_lock_shared((? | (ms >> 32))::integer,"
                + " (((ms & 4294967295) + 2147483648) % 4294967296 - 2147483648)::integer)::text || set_config(?, 'marked', true)"
                + " END AS mark"
                + " FROM (SELECT " + millis + " AS ms FROM " + after + ") AS stamp)";
    }

    /** Binds {@link #markCte}'s parameters from {@code p}; returns the next position. */
    int bindMark(PreparedStatement ps, int p) throws SQLException {
        ps.setString(p, markedSetting);
        ps.setInt(p + 1, space << 12);
        ps.setString(p + 2, markedSetting);
        return p + 3;
    }

    /** The horizon as a {@code timestamptz} expression; its parameter is bound by {@link #bindHorizon}. */
    String horizonExpression() {
        return "LEAST(statement_timestamp(), (SELECT timestamptz '2000-01-01 00:00:00+00'"
                + " + min(((classid::bigint & 4095) << 32) | objid::bigint) * interval '1 millisecond'"
                + " FROM pg_locks WHERE locktype = 'advisory' AND objsubid = 2 AND classid::bigint >> 12 = ?"
                + " AND database = (SELECT oid FROM pg_database WHERE datname = current_database())))";
    }

    int bindHorizon(PreparedStatement ps, int p) throws SQLException {
        ps.setInt(p, space);
        return p + 1;
    }
}
