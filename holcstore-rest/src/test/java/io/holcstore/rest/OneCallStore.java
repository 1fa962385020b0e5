package io.holcstore.rest;

import io.holcstore.store.TimeseriesChunkStore;

import java.lang.reflect.Proxy;
import java.util.function.Function;

/**
 * A store that answers one of its methods only, for tests of a class that makes that one kind of call (a stream over
 * {@code yieldManyTs}, a pack over {@code exportChunks}); any other call fails, so a test learns of it.
 */
public final class OneCallStore {

    private OneCallStore() {
    }

    /**
     * @param method the name of the one method answered
     * @param answer its arguments to its result (boxed); may throw to fail the call
     */
    public static TimeseriesChunkStore answering(String method, Function<Object[], Object> answer) {
        return answering(TimeseriesChunkStore.class, method, answer);
    }

    /** A store of contract {@code contract} answering {@code method} only. */
    public static <T> T answering(Class<T> contract, String method, Function<Object[], Object> answer) {
        return contract.cast(Proxy.newProxyInstance(contract.getClassLoader(), new Class<?>[] {contract}, (proxy, called, args) -> {
            if (!called.getName().equals(method)) {
                throw new UnsupportedOperationException(called.getName());
            }
            return answer.apply(args);
        }));
    }
}
