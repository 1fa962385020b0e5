package io.holcstore.store.jdbc;

import io.holcstore.store.loadcurve.LoadCurveEntry;
import io.holcstore.store.loadcurve.LoadCurveFields;
import io.holcstore.store.loadcurve.LoadCurveQuery;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * Turns the rows of a read, streamed prm by prm in the query's order, into the entries of each prm: every row as it
 * is, or (combined) one entry per {@code combinedBy} group, the group's first row patched by the later ones
 * ({@code combine_first}), each first cut by {@code combinedDelay}. Holds one prm's entries at a time; hands each prm's
 * over once its last row has passed, and the last prm's on {@link #finish()}. Not thread-safe.
 */
final class LoadCurveCombination implements Consumer<LoadCurveEntry> {
    private final LoadCurveQuery query;
    private final BiConsumer<String, List<LoadCurveEntry>> perPrm;
    private final Map<List<Object>, LoadCurveEntry> groups = new LinkedHashMap<>();
    private final List<LoadCurveEntry> rows = new ArrayList<>();
    private String prm;

    /** @param perPrm receives each prm that has rows, with its entries, in the order of the rows */
    LoadCurveCombination(LoadCurveQuery query, BiConsumer<String, List<LoadCurveEntry>> perPrm) {
        this.query = query;
        this.perPrm = perPrm;
    }

    @Override
    public void accept(LoadCurveEntry row) {
        if (prm != null && !prm.equals(row.prm())) {
            flush();
        }
        prm = row.prm();
        if (!query.combinedVersions()) {
            rows.add(row);
            return;
        }
        LoadCurveEntry cut = query.combinedDelay().isZero() ? row : row.withSeries(row.series().withoutFirst(query.combinedDelay()));
        groups.merge(groupOf(cut), cut, (newer, older) -> newer.withSeries(newer.series().combineFirst(older.series())));
    }

    /** Hands the last prm over. */
    void finish() {
        if (prm != null) {
            flush();
        }
    }

    private void flush() {
        perPrm.accept(prm, query.combinedVersions() ? List.copyOf(groups.values()) : List.copyOf(rows));
        groups.clear();
        rows.clear();
        prm = null;
    }

    private List<Object> groupOf(LoadCurveEntry row) {
        List<Object> key = new ArrayList<>(query.combinedBy().size());
        for (String field : query.combinedBy()) {
            key.add(switch (field) {
                case LoadCurveFields.PRM -> row.prm();
                case LoadCurveFields.CLIENT_ID -> row.clientId();
                case LoadCurveFields.VERSION -> row.version();
                case LoadCurveFields.CREATED_AT -> row.createdAt();
                case LoadCurveFields.LAST_MODIFIED -> row.lastModified();
                default -> row.attributes().get(field);
            });
        }
        return key;
    }
}
