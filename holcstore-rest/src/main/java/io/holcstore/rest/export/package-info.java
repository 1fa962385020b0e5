/**
 * The export of SPEC 3.4: series as a zip of CSV files, one per series, plus a summary of their keys, in the layout of
 * the Python reference's admin download ({@link io.holcstore.rest.export.ExportLayout}).
 *
 * <p>{@link io.holcstore.rest.export.SeriesZipExport} writes any {@link io.holcstore.rest.export.ExportedSeries} to
 * any output stream, one series at a time, never holding the zip; a store plugs in with an adapter from what it
 * reads to {@code ExportedSeries}, as {@link io.holcstore.rest.export.ChunkStoreExport} does for the chunk store.
 * The HTTP API serves it as {@code GET {base}/export.zip} ({@code io.holcstore.rest.api}). The package-private
 * classes write CSV text digit by digit into a byte buffer, the export's hot path.
 */
package io.holcstore.rest.export;
