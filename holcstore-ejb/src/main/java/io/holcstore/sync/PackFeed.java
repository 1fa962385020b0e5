package io.holcstore.sync;

/** The packs of one walk of a source, in listing order. Close it when done, also when the walk is abandoned. */
interface PackFeed extends AutoCloseable {
    /** The next pack, or null at the end of the walk. */
    FetchedPack next();

    @Override
    void close();
}
