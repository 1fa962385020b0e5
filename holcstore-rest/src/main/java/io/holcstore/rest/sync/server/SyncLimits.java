package io.holcstore.rest.sync.server;

import org.eclipse.microprofile.config.ConfigProvider;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The caps of a sync server, so that one request cannot make it list or export without bound: the largest updates
 * page ({@value #MAX_PAGE_SIZE_KEY}) and the most chunks in one pack ({@value #MAX_PACK_CHUNKS_KEY}), both
 * {@value #DEFAULT_CAP} by default. The reference has no cap at all; its client asks for pages and packs far below
 * these, and follows {@code next} links, so a larger page asked is served capped rather than refused.
 *
 * @param maxPageSize   the largest updates page served; a request asking more is served this many
 * @param maxPackChunks the most chunks a pack request may name
 */
public record SyncLimits(int maxPageSize, int maxPackChunks) {
    public static final String MAX_PAGE_SIZE_KEY = "holcstore.sync.max-page-size";
    public static final String MAX_PACK_CHUNKS_KEY = "holcstore.sync.max-pack-chunks";
    public static final int DEFAULT_CAP = 1000;

    private static final Logger LOG = Logger.getLogger(SyncLimits.class.getName());

    public SyncLimits {
        if (maxPageSize < 1) {
            throw new IllegalArgumentException(MAX_PAGE_SIZE_KEY + " must be at least 1, got " + maxPageSize);
        }
        if (maxPackChunks < 1) {
            throw new IllegalArgumentException(MAX_PACK_CHUNKS_KEY + " must be at least 1, got " + maxPackChunks);
        }
    }

    /** The caps MicroProfile Config sets; the defaults where it sets none or is not available. */
    public static SyncLimits configured() {
        try {
            var config = ConfigProvider.getConfig();
            return new SyncLimits(config.getOptionalValue(MAX_PAGE_SIZE_KEY, Integer.class).orElse(DEFAULT_CAP),
                    config.getOptionalValue(MAX_PACK_CHUNKS_KEY, Integer.class).orElse(DEFAULT_CAP));
        } catch (IllegalStateException | LinkageError e) {
            LOG.log(Level.FINE, "no MicroProfile Config here; the sync caps stay " + DEFAULT_CAP, e);
            return new SyncLimits(DEFAULT_CAP, DEFAULT_CAP);
        }
    }
}
