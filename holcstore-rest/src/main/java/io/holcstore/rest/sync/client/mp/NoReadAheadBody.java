package io.holcstore.rest.sync.client.mp;

import java.io.FilterInputStream;
import java.io.InputStream;

/**
 * A response body read only by blocking reads: {@link #available()} answers 0 without asking the body below.
 *
 * <p>Why: Jersey's default client connector (the one Payara's MicroProfile REST Client uses) reads bodies through
 * {@code HttpURLConnection}, whose chunked-body stream ({@code sun.net.www.http.ChunkedInputStream}) answers
 * {@code available()} by reading ahead everything the socket holds into its chunk buffer, growing and copying that
 * buffer while the reader falls behind. The JSON parser's {@code InputStreamReader} asks {@code available()} at every
 * read, so a pack of 1 000 chunks (about 30 MB of JSON) was copied over and over: on month_heavy_scaled (84 MB of
 * blobs) the server allocated 28 GB there, filled its 512 MB heap with humongous buffers, ran 74 full collections,
 * and the container pull took 6.7 s against 1.8 s for the JDK client. Read without {@code available()}, the
 * stream's blocking reads go straight from the socket into the caller's buffer.
 *
 * <p>0 is a valid answer of {@code available()} for any stream (an estimate of what can be read without blocking);
 * reads, skips and close pass through.
 */
final class NoReadAheadBody extends FilterInputStream {

    NoReadAheadBody(InputStream body) {
        super(body);
    }

    /** Always 0: the body below is never asked, so it never reads ahead. */
    @Override
    public int available() {
        return 0;
    }
}
