package io.holcstore.rest.export;

import io.holcstore.store.InvalidKeyException;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The summary of an export, {@value ExportLayout#SUMMARY_ENTRY}: a header {@code ;filename;<key columns>} and one row
 * {@code <i>;export_serie_<i>.csv;<key values>} per series, as the reference's pandas frame writes it (the empty-named
 * first column is the row number). Cells holding {@code ;}, a quote or a line break are quoted, quotes doubled.
 *
 * <p>The rows are kept as UTF-8 text until the end, since the summary is written last: some tens of bytes a series,
 * never the points. Not thread-safe.
 */
final class SummaryCsv {
    private final List<String> columns;
    private final ByteArrayOutputStream rows = new ByteArrayOutputStream();
    private final StringBuilder line = new StringBuilder();

    /** @throws InvalidKeyException naming a column given twice */
    SummaryCsv(List<String> columns) {
        this.columns = List.copyOf(columns);
        Set<String> seen = new HashSet<>();
        for (String column : this.columns) {
            if (!seen.add(column)) {
                throw new InvalidKeyException(column, "key column '" + column + "' is given twice in " + columns);
            }
        }
    }

    /**
     * Adds the row of series {@code index}.
     *
     * @throws InvalidKeyException naming a key column the series lacks, or a key it gives that is no column
     */
    void add(long index, Map<String, ?> keys) {
        line.setLength(0);
        line.append(index).append(';').append(ExportLayout.seriesEntry(index));
        for (String column : columns) {
            Object value = keys.get(column);
            if (value == null) {
                throw new InvalidKeyException(column, "series " + index + " of the export has no value for key column '"
                        + column + "' (its keys: " + keys + ")");
            }
            line.append(';');
            appendCell(text(value));
        }
        if (keys.size() != columns.size()) {
            String extra = keys.keySet().stream().filter(k -> !columns.contains(k)).findFirst().orElseThrow();
            throw new InvalidKeyException(extra, "series " + index + " of the export gives key '" + extra
                    + "', which is not a key column of the export " + columns);
        }
        line.append('\n');
        byte[] utf8 = line.toString().getBytes(StandardCharsets.UTF_8);
        rows.write(utf8, 0, utf8.length);
    }

    /** Writes the header and every row added, to {@code out} (not closed); returns the number of bytes written. */
    long writeTo(OutputStream out) throws IOException {
        line.setLength(0);
        line.append(";filename");
        for (String column : columns) {
            line.append(';');
            appendCell(column);
        }
        line.append('\n');
        byte[] header = line.toString().getBytes(StandardCharsets.UTF_8);
        out.write(header);
        rows.writeTo(out);
        return header.length + (long) rows.size();
    }

    private static String text(Object value) {
        return value instanceof Enum<?> constant ? constant.name() : value.toString();
    }

    private void appendCell(String text) {
        boolean quoted = false;
        for (int i = 0; i < text.length() && !quoted; i++) {
            char c = text.charAt(i);
            quoted = c == ';' || c == '"' || c == '\n' || c == '\r';
        }
        if (!quoted) {
            line.append(text);
            return;
        }
        line.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            line.append(c);
            if (c == '"') {
                line.append('"');
            }
        }
        line.append('"');
    }
}
