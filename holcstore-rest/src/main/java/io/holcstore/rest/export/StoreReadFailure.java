package io.holcstore.rest.export;

import io.holcstore.ErrorKind;
import io.holcstore.HolcStoreException;

import java.io.IOException;

/**
 * The output failed while a store was handing series over to an export. It carries the {@link IOException} through
 * the store's consumer (which cannot throw one) and is a HoLcStore exception, so that it leaves a store bean as it is
 * (an application exception) and ends the read transaction without the container logging a system error.
 */
final class StoreReadFailure extends HolcStoreException {
    private static final long serialVersionUID = 1L;

    StoreReadFailure(IOException cause) {
        super(ErrorKind.SERVER_ERROR, "writing the export failed: " + cause.getMessage(), cause);
    }

    /** The output's failure. */
    IOException io() {
        return (IOException) getCause();
    }

    /** Adds one series to {@code zip}, its output failure wrapped so that it crosses the store's consumer. */
    static void add(SeriesZipExport zip, ExportedSeries series) {
        try {
            zip.add(series);
        } catch (IOException e) {
            throw new StoreReadFailure(e);
        }
    }
}
