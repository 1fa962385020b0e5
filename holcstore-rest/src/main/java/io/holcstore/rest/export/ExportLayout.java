package io.holcstore.rest.export;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.regex.Pattern;

/**
 * The names of an export and of the files in it, those of the Python reference's admin download, so that scripts
 * written for the reference's zips read ours:
 * <ul>
 * <li>{@code export_serie_<i>.csv}, {@code i} from 0 in export order: a header {@code ;data}, then one line
 *     {@code <instant>;<value>} per point;</li>
 * <li>{@value #SUMMARY_ENTRY}, last: which file holds which series ({@link SummaryCsv}).</li>
 * </ul>
 * The zip itself is named {@code export_<name>_<UTC instant>.zip}. Two departures from the reference, both
 * deliberate: the reference's series count after {@code export_} is left out, because a streamed export starts
 * sending before it knows how many series it holds; and the instant is ISO-8601's basic format,
 * {@code 20261205T071500Z}, because the reference's colons are not allowed in Windows file names.
 */
public final class ExportLayout {
    /** The summary's file name in the zip. */
    public static final String SUMMARY_ENTRY = "content_summary.csv";
    /** The media type of the zip. */
    public static final String MEDIA_TYPE = "application/zip";

    private static final DateTimeFormatter BASIC_UTC = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    /** What may stay in a name: anything else becomes {@code _}, so that a name never breaks a header or a path. */
    private static final Pattern UNSAFE = Pattern.compile("[^A-Za-z0-9._-]");

    private ExportLayout() {
    }

    /** The file name of series {@code index} (from 0) in the zip: {@code export_serie_<index>.csv}. */
    public static String seriesEntry(long index) {
        return "export_serie_" + index + ".csv";
    }

    /**
     * The zip's file name for a download: {@code export_<name>_<at, UTC, to the second>.zip}.
     *
     * @param name what is exported, e.g. the store entity's simple name; characters other than letters, digits,
     *             {@code .}, {@code _} and {@code -} become {@code _}
     * @param at   when the export was made
     */
    public static String zipName(String name, Instant at) {
        return "export_" + UNSAFE.matcher(name).replaceAll("_") + "_" + BASIC_UTC.format(at.truncatedTo(ChronoUnit.SECONDS)) + ".zip";
    }
}
