package io.holcstore.rest.sync.client;

import io.holcstore.rest.sync.wire.PackReader;
import io.holcstore.rest.sync.wire.PackRequestWriter;
import io.holcstore.rest.sync.wire.UpdatesPageHead;
import io.holcstore.rest.sync.wire.UpdatesPageReader;
import io.holcstore.store.ChunkRef;
import io.holcstore.store.ChunkTransfer;
import io.holcstore.store.ChunkUpdate;
import io.holcstore.store.InvalidArgumentException;
import io.holcstore.store.SeriesKey;
import io.holcstore.sync.UpdatesPage;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What both sync transports ask and read the same way, whichever client sends the request: the URL of an updates
 * page (the first one built, a later one a {@code next} link kept to the upstream's {@link UpstreamOrigin}), a page
 * read in bounded memory (no more updates than asked, its own {@code next} link checked as it arrives), a pack
 * request and its answer, and the upstream's identity.
 */
public final class SyncRequests {

    private SyncRequests() {
    }

    /** {@code url} ending with {@code /}, so that {@code updates/} and {@code pack/} resolve below it. */
    public static URI base(URI url) {
        return url.getPath() != null && url.getPath().endsWith("/") ? url : URI.create(url + "/");
    }

    /**
     * The upstream's stable identity: its sync URL without user info, query or fragment (credentials must not become
     * part of a stored key).
     */
    public static String identity(URI base) {
        try {
            return new URI(base.getScheme(), null, base.getHost(), base.getPort(), base.getPath(), null, null).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException("the base URL " + base + " has no form without user info", e);
        }
    }

    /**
     * The URL of an updates page: the first of a walk when {@code pageToken} is null, else the {@code next} link the
     * page before gave.
     *
     * @throws InvalidArgumentException                if {@code pageSize} is below 1
     * @throws io.holcstore.sync.ChunkSourceException naming the link if it leads outside the upstream's origin
     */
    public static URI updatesPage(URI base, UpstreamOrigin origin, Instant since, SeriesKey filter, int pageSize,
                                  String pageToken) {
        if (pageSize < 1) {
            throw new InvalidArgumentException("pageSize", "must be at least 1, got " + pageSize);
        }
        return pageToken == null ? UpdatesRequestUri.first(base, since, filter, pageSize)
                : origin.requireSame(pageToken, "the page before " + base + "updates/ (its next link)");
    }

    /**
     * Reads an updates page of at most {@code pageSize} updates (reading stops at one more: a wire error), and checks
     * its {@code next} link lies within {@code origin}.
     *
     * @param what the request that answered the page, e.g. {@code GET <url>}, for the errors
     */
    public static UpdatesPage readPage(InputStream body, int pageSize, UpstreamOrigin origin, String what) {
        List<ChunkUpdate> updates = new ArrayList<>();
        UpdatesPageHead head = UpdatesPageReader.read(body, pageSize, updates::add);
        UpdatesPage page = new UpdatesPage(updates, Optional.ofNullable(head.next()));
        page.next().ifPresent(next -> origin.requireSame(next, what));
        return page;
    }

    /** The JSON body asking for {@code refs}' chunks. */
    public static byte[] packRequest(List<ChunkRef> refs) {
        ByteArrayOutputStream request = new ByteArrayOutputStream();
        PackRequestWriter.write(request, refs);
        return request.toByteArray();
    }

    /** The chunks of a pack answer, read by {@code reader} (made for the number of refs asked). */
    public static List<ChunkTransfer> readPack(InputStream body, PackReader reader, int asked) {
        List<ChunkTransfer> chunks = new ArrayList<>(asked);
        reader.read(body, chunks::add);
        return chunks;
    }
}
