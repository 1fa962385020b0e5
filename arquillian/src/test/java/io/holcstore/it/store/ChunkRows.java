package io.holcstore.it.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import io.holcstore.mapping.StoreMapping;
import io.holcstore.mapping.TimeseriesChunk;

/**
 * Test-only EJB of {@code ChunkStoreIT}: looks at (and damages) chunk tables with native SQL, behind the library's
 * back, each call in its own transaction. Table and column names come from {@link StoreMapping}.
 */
@Stateless
public class ChunkRows {

    /** One chunk row as stored. */
    public record StoredRow(long id, int chunkIndex, Instant startTs, String dtype, boolean deleted) {
    }

    @PersistenceContext
    private EntityManager em;

    /** Rows of the store, tombstones included. */
    public long all(Class<? extends TimeseriesChunk> store) {
        StoreMapping def = StoreMapping.of(em, store);
        return count("SELECT COUNT(*) FROM " + def.table());
    }

    /** Live (not deleted) rows of the store. */
    public long live(Class<? extends TimeseriesChunk> store) {
        StoreMapping def = StoreMapping.of(em, store);
        return count("SELECT COUNT(*) FROM " + def.table() + " WHERE " + def.column("deleted") + " = FALSE");
    }

    /** Every row of the store, ordered by chunk index then id. */
    public List<StoredRow> rows(Class<? extends TimeseriesChunk> store) {
        StoreMapping def = StoreMapping.of(em, store);
        String sql = "SELECT " + def.column("id") + ", " + def.column("chunkIndex")
                + ", CAST(EXTRACT(EPOCH FROM " + def.column("startTs") + ") AS BIGINT), " + def.column("dtype")
                + ", " + def.column("deleted") + " FROM " + def.table()
                + " ORDER BY " + def.column("chunkIndex") + ", " + def.column("id");
        List<StoredRow> rows = new ArrayList<>();
        for (Object result : em.createNativeQuery(sql).getResultList()) {
            Object[] row = (Object[]) result;
            rows.add(new StoredRow(((Number) row[0]).longValue(), ((Number) row[1]).intValue(),
                    Instant.ofEpochSecond(((Number) row[2]).longValue()), (String) row[3], (Boolean) row[4]));
        }
        return rows;
    }

    /** The stored blob of one row. */
    public byte[] data(Class<? extends TimeseriesChunk> store, long id) {
        StoreMapping def = StoreMapping.of(em, store);
        return (byte[]) em.createNativeQuery("SELECT " + def.column("data") + " FROM " + def.table()
                + " WHERE " + def.column("id") + " = ?1").setParameter(1, id).getSingleResult();
    }

    /** Overwrites one row's dtype; returns the number of rows changed. */
    public int setDtype(Class<? extends TimeseriesChunk> store, long id, String dtype) {
        StoreMapping def = StoreMapping.of(em, store);
        return em.createNativeQuery("UPDATE " + def.table() + " SET " + def.column("dtype") + " = ?1 WHERE "
                + def.column("id") + " = ?2").setParameter(1, dtype).setParameter(2, id).executeUpdate();
    }

    /** Overwrites one row's blob; returns the number of rows changed. */
    public int setData(Class<? extends TimeseriesChunk> store, long id, byte[] data) {
        StoreMapping def = StoreMapping.of(em, store);
        return em.createNativeQuery("UPDATE " + def.table() + " SET " + def.column("data") + " = ?1 WHERE "
                + def.column("id") + " = ?2").setParameter(1, data).setParameter(2, id).executeUpdate();
    }

    /**
     * Database sessions waiting on a lock, whose statement touches the given store's table or takes an advisory
     * lock: how a test knows that a concurrent writer is blocked.
     */
    public long lockWaiters(Class<? extends TimeseriesChunk> store) {
        String table = StoreMapping.of(em, store).table().toLowerCase(java.util.Locale.ROOT);
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock'"
                + " AND datname = current_database() AND (LOWER(query) LIKE ?1 OR query LIKE '%pg_advisory_xact_lock%')")
                .setParameter(1, "%" + table + "%").getSingleResult()).longValue();
    }

    /** Removes every row of the given stores. */
    public void clear(List<Class<? extends TimeseriesChunk>> stores) {
        for (Class<? extends TimeseriesChunk> store : stores) {
            em.createNativeQuery("DELETE FROM " + StoreMapping.of(em, store).table()).executeUpdate();
        }
    }

    private long count(String sql) {
        return ((Number) em.createNativeQuery(sql).getSingleResult()).longValue();
    }
}
