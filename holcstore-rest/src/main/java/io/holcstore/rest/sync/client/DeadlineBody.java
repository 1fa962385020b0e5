package io.holcstore.rest.sync.client;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A response body read as a stream that must arrive whole before a deadline: every read waits at most until then,
 * and one that would wait longer cancels the exchange and throws {@link HttpTimeoutException}. The JDK client's
 * request timeout covers the headers only, and its {@code ofInputStream} body waits forever on a server that sends
 * headers and then stalls; a pull must never hang so.
 *
 * <p>Asks the connection for one batch of buffers at a time, and for the next only once the reader has used it:
 * a fast server cannot make it hold more than one batch. Read by one thread; the HTTP client delivers from its own.
 */
final class DeadlineBody implements HttpResponse.BodySubscriber<InputStream> {
    private static final Object END = new Object();

    private final BlockingQueue<Object> arrivals = new LinkedBlockingQueue<>();
    private final long deadlineNanos;
    private final Duration timeout;
    private final Stream stream = new Stream();
    private volatile Flow.Subscription subscription;
    /** Set when the reader gives up: a subscription arriving after that is cancelled at once. */
    private volatile boolean cancelled;

    private DeadlineBody(long deadlineNanos, Duration timeout) {
        this.deadlineNanos = deadlineNanos;
        this.timeout = timeout;
    }

    /**
     * Bodies that must have arrived whole by {@code deadlineNanos} (on {@link System#nanoTime}'s clock).
     *
     * @param timeout the time the deadline stands for, for the error
     */
    static HttpResponse.BodyHandler<InputStream> handler(long deadlineNanos, Duration timeout) {
        return response -> new DeadlineBody(deadlineNanos, timeout);
    }

    @Override
    public void onSubscribe(Flow.Subscription given) {
        if (subscription != null) {
            given.cancel();
            return;
        }
        subscription = Objects.requireNonNull(given, "subscription");
        if (cancelled) {
            given.cancel();
        } else {
            given.request(1);
        }
    }

    @Override
    public void onNext(List<ByteBuffer> buffers) {
        arrivals.add(buffers);
    }

    @Override
    public void onError(Throwable failure) {
        arrivals.add(failure);
    }

    @Override
    public void onComplete() {
        arrivals.add(END);
    }

    @Override
    public CompletionStage<InputStream> getBody() {
        return CompletableFuture.completedStage(stream);
    }

    /** The body's bytes as they arrive, each read bounded by the deadline. */
    private final class Stream extends InputStream {
        private Iterator<ByteBuffer> batch = Collections.emptyIterator();
        private ByteBuffer current;
        /** Whether a batch has been asked of the connection and not received yet (one is asked on subscription). */
        private boolean asked = true;
        private boolean ended;
        private boolean closed;
        /** The failure that ended the body, thrown again by any later read. */
        private IOException failed;

        @Override
        public int read() throws IOException {
            ByteBuffer buffer = current();
            return buffer == null ? -1 : buffer.get() & 0xFF;
        }

        @Override
        public int read(byte[] bytes, int offset, int length) throws IOException {
            Objects.checkFromIndexSize(offset, length, bytes.length);
            if (length == 0) {
                return 0;
            }
            ByteBuffer buffer = current();
            if (buffer == null) {
                return -1;
            }
            int count = Math.min(length, buffer.remaining());
            buffer.get(bytes, offset, count);
            return count;
        }

        /** The buffer holding the next byte, waiting for it until the deadline; null at the end of the body. */
        private ByteBuffer current() throws IOException {
            while (current == null || !current.hasRemaining()) {
                if (failed != null) {
                    throw failed;
                } else if (batch.hasNext()) {
                    current = batch.next();
                } else if (ended) {
                    return null;
                } else if (closed) {
                    throw new IOException("the response body was closed");
                } else {
                    receive();
                }
            }
            return current;
        }

        /** Waits for the connection's next batch (or its end, or its failure) until the deadline. */
        @SuppressWarnings("unchecked")
        private void receive() throws IOException {
            if (!asked) {
                asked = true;
                subscription.request(1);
            }
            Object arrival;
            try {
                arrival = arrivals.poll(Math.max(0, deadlineNanos - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                cancel();
                throw new InterruptedIOException("interrupted while reading the response body");
            }
            if (arrival == null) {
                cancel();
                failed = new HttpTimeoutException("the response (headers and whole body) did not arrive within " + timeout);
                throw failed;
            }
            if (arrival == END) {
                ended = true;
            } else if (arrival instanceof Throwable failure) {
                failed = failure instanceof IOException io ? io : new IOException("reading the response body failed", failure);
                throw failed;
            } else {
                asked = false;
                batch = ((List<ByteBuffer>) arrival).iterator();
            }
        }

        /** Drops the rest of the body: the connection is released, not read to its end. */
        @Override
        public void close() {
            if (!closed && !ended && failed == null) {
                cancel();
            }
            closed = true;
            batch = Collections.emptyIterator();
            current = null;
        }

        private void cancel() {
            cancelled = true;
            Flow.Subscription held = subscription;
            if (held != null) {
                held.cancel();
            }
        }
    }
}
