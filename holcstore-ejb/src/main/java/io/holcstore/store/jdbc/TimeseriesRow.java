package io.holcstore.store.jdbc;

import io.holcstore.store.SeriesKey;

/**
 * One stored row of a timeseries store, as read: its id, key, dtype and blob (not decoded).
 *
 * @param key null where the statement did not select the key columns (the key is the one looked up)
 */
record TimeseriesRow(long id, SeriesKey key, String dtype, byte[] data) {
}
