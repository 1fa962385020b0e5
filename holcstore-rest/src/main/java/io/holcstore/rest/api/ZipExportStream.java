package io.holcstore.rest.api;

import io.holcstore.HolcStoreException;
import io.holcstore.rest.export.ExportLayout;
import io.holcstore.rest.export.ExportTotals;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * An export zip ({@code io.holcstore.rest.export}) written while JAX-RS sends the response, in bounded memory: the
 * store bean's streaming read is one container transaction that ends when the call returns, so the series are read
 * and zipped inside it, one at a time. Serves the {@code export.zip} of every store's resource.
 *
 * <p>The status (200) is sent before the first series is read. A store error after that cannot change it: the zip is
 * left without its central directory and the response is aborted, so a client never takes a cut export for a
 * complete one.
 */
public final class ZipExportStream implements StreamingOutput {
    private static final Logger LOG = Logger.getLogger(ZipExportStream.class.getName());

    /** Writes one export to a stream: a store's export call, e.g. {@code out -> ChunkStoreExport.write(..., out)}. */
    @FunctionalInterface
    public interface ExportWriting {
        ExportTotals writeTo(OutputStream out) throws IOException;
    }

    private final String selection;
    private final ExportWriting writing;

    /**
     * @param selection what is exported, for the log (e.g. the filter)
     * @param writing   the export; its arguments checked before the response starts, so that a bad one is a 400
     */
    public ZipExportStream(String selection, ExportWriting writing) {
        this.selection = selection;
        this.writing = writing;
    }

    /**
     * The 200 answer sending this export as an attachment named {@code export_<name>_<UTC instant>.zip}
     * ({@link ExportLayout#zipName}).
     */
    public Response attachment(String name) {
        String fileName = ExportLayout.zipName(name, Instant.now());
        return Response.ok(this, ExportLayout.MEDIA_TYPE)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + fileName + "\"")
                .build();
    }

    /**
     * The default name of a resource's export: the last segment of its path ({@code demo} for
     * {@code @Path("stores/demo")}), or {@code series} at the root.
     */
    public static String lastPathSegment(UriInfo uri) {
        List<String> matched = uri.getMatchedURIs();
        String path = matched.isEmpty() ? "" : matched.get(matched.size() - 1);
        String trimmed = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        String last = trimmed.substring(trimmed.lastIndexOf('/') + 1);
        return last.isEmpty() ? "series" : last;
    }

    @Override
    public void write(OutputStream output) throws IOException {
        ExportTotals totals;
        try {
            totals = writing.writeTo(output);
        } catch (HolcStoreException e) {
            LOG.log(Level.SEVERE, "exporting " + selection + " failed after the response started", e);
            throw new IOException("export cut by a store error: " + e.getMessage(), e);
        }
        LOG.fine(() -> "exported " + totals.series() + " series of " + selection + ", " + totals.csvBytes() + " bytes of CSV");
    }
}
