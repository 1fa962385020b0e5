package io.holcstore.it.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import io.holcstore.mapping.StoreMapping;
import io.holcstore.mapping.TimeseriesChunk;
import io.holcstore.testing.PostgresStores.StoredRow;
import io.holcstore.testing.PostgresStores;

/**
 * Test-only EJB: looks at (and damages) chunk tables with native SQL, behind the library's back, each call in its
 * own container transaction. Rows are read with the fixtures' {@link PostgresStores#rows(Connection, StoreMapping,
 * String)}, so that the ITs and the store tests read stored rows the same way.
 */
@Stateless
public class ChunkRows {

    @PersistenceContext
    private EntityManager em;

    /** Every row of the store (tombstones included), ordered by key columns then chunk index. */
    public List<StoredRow> rows(Class<? extends TimeseriesChunk> store) {
        try {
            return PostgresStores.rows(em.unwrap(Connection.class), StoreMapping.of(em, store), "");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The store's table name. */
    public String table(Class<? extends TimeseriesChunk> store) {
        return StoreMapping.of(em, store).table();
    }

    /**
     * The id of the current database transaction if it has written anything, else null: called inside a caller's
     * transaction, it tells whether the store calls made there so far wrote (or locked rows for writing).
     */
    public Object writingTransactionId() {
        return em.createNativeQuery("SELECT CAST(txid_current_if_assigned() AS TEXT)").getSingleResult();
    }

    /** Overwrites one row's dtype; returns the number of rows changed. */
    public int setDtype(Class<? extends TimeseriesChunk> store, long id, String dtype) {
        StoreMapping def = StoreMapping.of(em, store);
        return em.createNativeQuery("UPDATE " + def.table() + " SET " + def.columns().dtype() + " = ?1 WHERE "
                + def.columns().id() + " = ?2").setParameter(1, dtype).setParameter(2, id).executeUpdate();
    }

    /** Overwrites one row's blob; returns the number of rows changed. */
    public int setData(Class<? extends TimeseriesChunk> store, long id, byte[] data) {
        StoreMapping def = StoreMapping.of(em, store);
        return em.createNativeQuery("UPDATE " + def.table() + " SET " + def.columns().data() + " = ?1 WHERE "
                + def.columns().id() + " = ?2").setParameter(1, data).setParameter(2, id).executeUpdate();
    }

    /** PostgreSQL's storage mode of the store's data column: {@code e} for EXTERNAL, as the library sets it. */
    public String dataStorage(Class<? extends TimeseriesChunk> store) {
        StoreMapping def = StoreMapping.of(em, store);
        return String.valueOf(em.createNativeQuery("SELECT attstorage FROM pg_attribute WHERE attrelid = to_regclass(?1)"
                + " AND attname = ?2").setParameter(1, def.table())
                .setParameter(2, def.columns().data().toLowerCase(Locale.ROOT)).getSingleResult());
    }

    /**
     * Database sessions waiting on a lock, whose statement touches the given store's table or takes an advisory
     * lock: how a test knows that a concurrent writer is blocked.
     */
    public long lockWaiters(Class<? extends TimeseriesChunk> store) {
        String table = StoreMapping.of(em, store).table().toLowerCase(Locale.ROOT);
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock'"
                + " AND datname = current_database() AND (LOWER(query) LIKE ?1 OR query LIKE '%pg_advisory_xact_lock%')")
                .setParameter(1, "%" + table + "%").getSingleResult()).longValue();
    }

    /** Removes every row of the given stores, and their pull positions. */
    public void clear(List<Class<? extends TimeseriesChunk>> stores) {
        boolean positions = (Boolean) em.createNativeQuery("SELECT to_regclass(?1) IS NOT NULL")
                .setParameter(1, PostgresStores.PULL_POSITIONS).getSingleResult();
        for (Class<? extends TimeseriesChunk> store : stores) {
            String table = StoreMapping.of(em, store).table();
            em.createNativeQuery("DELETE FROM " + table).executeUpdate();
            if (positions) { // the store's pull positions, not its lock row
                em.createNativeQuery("DELETE FROM " + PostgresStores.PULL_POSITIONS + " WHERE store_table = lower(?1) AND upstream <> ''")
                        .setParameter(1, table).executeUpdate();
            }
        }
    }
}
