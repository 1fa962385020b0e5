package io.holcstore.store;

/** How {@code setTs} treats a series that is already stored under the same key. */
public enum WriteMode {
    /** First write only: any live chunk of the key is a {@link SeriesAlreadyExistsException}. */
    INSERT,
    /** Merge per chunk: new non-NaN values win, stored values are kept elsewhere (combine-first). */
    UPDATE,
    /** The new series replaces the stored one; chunks it no longer covers become tombstones. */
    REPLACE
}
