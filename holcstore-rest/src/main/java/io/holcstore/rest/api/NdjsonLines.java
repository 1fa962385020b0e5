package io.holcstore.rest.api;

import io.holcstore.ErrorKind;
import io.holcstore.HolcStoreException;
import io.holcstore.rest.error.HolcStoreErrors;
import jakarta.json.JsonException;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * What the NDJSON answers of every store share: items a store call hands over one at a time are written one JSON
 * object per line, each flushed before the next is read, in bounded memory. The store call runs inside
 * {@link #write}, while JAX-RS writes the response, because a store bean's call is one container transaction that
 * ends when the call returns: a stream returned from it could not be read later.
 *
 * <p>The status (200) is sent before the first item is read. A store error after that cannot change it, so it ends
 * the body with one line {@code {"error": ..., "message": ...}} and the response is then aborted: a client never
 * mistakes a cut stream for a complete one. Stateless; thread-safe.
 */
final class NdjsonLines {
    private static final Logger LOG = Logger.getLogger(NdjsonLines.class.getName());

    private NdjsonLines() {
    }

    /** The store call that hands items to a consumer, one at a time, in its own transaction. */
    @FunctionalInterface
    interface Source<T> {
        /** @throws HolcStoreException when the store cannot read the items */
        void forEach(Consumer<T> consumer);
    }

    /** Writes one item as one JSON object (without the line break); JSON-P may wrap write errors in a JsonException. */
    @FunctionalInterface
    interface ItemWriter<T> {
        void write(Writer out, T item) throws IOException;
    }

    /**
     * Reads every item of {@code source} and writes it to {@code output} as one line.
     *
     * @param what what the stream holds, for the log and the error (e.g. "series matching {...}")
     * @return how many items were written
     * @throws IOException when the client stopped reading, or after the error line when the store failed
     */
    static <T> long write(OutputStream output, Source<T> source, ItemWriter<? super T> writer, String what) throws IOException {
        Writer out = new BufferedWriter(new OutputStreamWriter(output, StandardCharsets.UTF_8), 1 << 16);
        long[] count = {0};
        try {
            source.forEach(item -> {
                try {
                    writer.write(out, item);
                    count[0]++;
                    out.write('\n');
                    out.flush();
                } catch (IOException e) {
                    throw new OutputFailedException(what, e);
                } catch (JsonException e) {
                    throw new OutputFailedException(what, e.getCause() instanceof IOException io ? io : new IOException(e));
                }
            });
        } catch (OutputFailedException e) {
            throw e.io();
        } catch (HolcStoreException e) {
            LOG.log(Level.SEVERE, "streaming " + what + " failed after the response started", e);
            out.write(HolcStoreErrors.of(e).body().toString());
            out.write('\n');
            out.flush();
            throw new IOException("stream of " + what + " cut by a store error: " + e.getMessage(), e);
        }
        out.flush();
        LOG.fine(() -> "streamed " + count[0] + " of " + what);
        return count[0];
    }

    /**
     * The client stopped reading. A HoLcStore exception so that it leaves the store bean as it is (an application
     * exception), ending the read transaction without the container logging a system error.
     */
    private static final class OutputFailedException extends HolcStoreException {
        private static final long serialVersionUID = 1L;

        OutputFailedException(String what, IOException cause) {
            super(ErrorKind.SERVER_ERROR, "writing the stream of " + what + " failed: " + cause.getMessage(), cause);
        }

        IOException io() {
            return (IOException) getCause();
        }
    }
}
