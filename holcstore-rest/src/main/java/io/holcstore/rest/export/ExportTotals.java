package io.holcstore.rest.export;

/**
 * What an export wrote.
 *
 * @param series   the number of series, so of {@code export_serie_<i>.csv} files
 * @param csvBytes the CSV text of every file in the zip, summary included, before compression
 */
public record ExportTotals(long series, long csvBytes) {
}
