package io.holcstore.rest.error;

import io.holcstore.Culprit;
import io.holcstore.Culprits;
import io.holcstore.ErrorKind;
import io.holcstore.HolcStoreException;

/**
 * A request body longer than the configured cap: refused before it is parsed, so that one request cannot hold
 * the server's memory. The cap and the configuration key that sets it are part of the error.
 */
public class BodyTooLargeException extends HolcStoreException {
    private static final long serialVersionUID = 1L;

    private final long limit;
    private final String configKey;

    public BodyTooLargeException(long limit, String configKey) {
        super(ErrorKind.BODY_TOO_LARGE, "the request body exceeds " + limit + " bytes, the cap set by '" + configKey
                + "'; send the series in several requests. Nothing was written",
                Culprits.of(Culprit.LIMIT, limit).and(Culprit.CONFIG_KEY, configKey));
        this.limit = limit;
        this.configKey = configKey;
    }

    /** The cap, in bytes. */
    public long limit() {
        return limit;
    }

    /** The MicroProfile Config key that sets the cap. */
    public String configKey() {
        return configKey;
    }
}
