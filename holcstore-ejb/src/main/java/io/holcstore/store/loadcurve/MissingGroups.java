package io.holcstore.store.loadcurve;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What {@code findGroups} found: each missing interval with the prms missing it, and the curves read.
 *
 * @param groups each missing interval (ends included) to the prms missing it, in the order the prms were asked;
 *               intervals sorted by start
 * @param data   each prm that has a value in the searched range to its combined curve cut to that range; prms with
 *               nothing there are absent
 */
public record MissingGroups(SortedMap<TimeRange, List<String>> groups, Map<String, LoadCurveEntry> data) {
    public MissingGroups {
        SortedMap<TimeRange, List<String>> copy = new TreeMap<>();
        groups.forEach((range, prms) -> copy.put(range, List.copyOf(prms)));
        groups = Collections.unmodifiableSortedMap(copy);
        data = Collections.unmodifiableMap(new LinkedHashMap<>(data));
    }
}
