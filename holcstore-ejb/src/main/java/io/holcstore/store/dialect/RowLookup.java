package io.holcstore.store.dialect;

/** What a lookup of named chunks reads: their data for an export, or a lock on each row for an import. */
public enum RowLookup {
    /** Every column with the data, no lock: what an export sends. */
    WITH_DATA,
    /** Every column but the data, each row locked {@code FOR UPDATE}: what an import rewrites. */
    LOCKED;

    /** Whether the lookup selects the data column. */
    public boolean readsData() {
        return this == WITH_DATA;
    }

    /** Whether the lookup locks the rows it finds. */
    public boolean locks() {
        return this == LOCKED;
    }
}
