package io.holcstore.bench;

import java.util.Iterator;

/**
 * Measures one piece of work while leaving out the making of its input: {@link #excluding} pauses the
 * watch whenever the next input is generated, so a run times only the store (or floor) calls around it.
 */
public final class Stopwatch {
    private long elapsed;
    private long runningSince;

    private Stopwatch() {
        runningSince = System.nanoTime();
    }

    public static Stopwatch started() {
        return new Stopwatch();
    }

    public double seconds() {
        return (elapsed + (runningSince < 0 ? 0 : System.nanoTime() - runningSince)) / 1e9;
    }

    /** {@code items}, with the watch paused while each one is made. */
    public <T> Iterable<T> excluding(Iterable<T> items) {
        return () -> {
            Iterator<T> it = items.iterator();
            return new Iterator<>() {
                @Override
                public boolean hasNext() {
                    return it.hasNext();
                }

                @Override
                public T next() {
                    pause();
                    try {
                        return it.next();
                    } finally {
                        resume();
                    }
                }
            };
        };
    }

    private void pause() {
        elapsed += System.nanoTime() - runningSince;
        runningSince = -1;
    }

    private void resume() {
        runningSince = System.nanoTime();
    }
}
