package io.holcstore.sync;

import java.util.function.Supplier;

/**
 * Runs work in a transaction of its own, so that a puller commits each pack as soon as it is imported: over plain JPA,
 * begin and commit on the EntityManager the local store uses; in a container, a bean method with
 * {@code REQUIRES_NEW}, so that a pull started inside a caller's transaction does not pile every pack into it.
 */
public interface TransactionRunner {

    /**
     * Runs {@code work} in a new transaction: committed when it returns, rolled back when it throws, the exception
     * reaching the caller.
     *
     * @return what {@code work} returns
     */
    <T> T inNewTransaction(Supplier<T> work);
}
