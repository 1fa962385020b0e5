package io.holcstore.it.sync;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.concurrent.atomic.AtomicInteger;

import io.holcstore.store.TimeseriesChunkStore;

/**
 * A client store whose import number {@code n} does its work, then fails, as a process dying between the import and
 * the commit: the pack's transaction must roll back the import whole. Every other call goes to the store as is.
 */
final class CrashingImports {
    static final String CRASH = "crashed after importing the pack";

    private CrashingImports() {
    }

    static TimeseriesChunkStore crashingAtImport(int n, TimeseriesChunkStore store) {
        AtomicInteger imports = new AtomicInteger();
        return (TimeseriesChunkStore) Proxy.newProxyInstance(TimeseriesChunkStore.class.getClassLoader(),
                new Class<?>[] {TimeseriesChunkStore.class}, (proxy, method, args) -> {
                    Object result;
                    try {
                        result = method.invoke(store, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                    if (method.getName().equals("importChunks") && imports.incrementAndGet() == n) {
                        throw new IllegalStateException(CRASH);
                    }
                    return result;
                });
    }
}
