package io.holcstore.it.sync;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

import io.holcstore.series.DenseSeries;

/**
 * The sync ITs' series: hourly load curves in Europe/Paris (the stores' zone, step and monthly chunks), of random
 * values from a seed, so that two curves never hold the same value at the same hour by chance, and the months, so the
 * chunks, they cover.
 */
final class LoadCurves {
    static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    static final Duration HOUR = Duration.ofHours(1);

    private LoadCurves() {
    }

    /** {@code hours} random values from local midnight of {@code localDay} ({@code 2025-01-01}), no NaN. */
    static DenseSeries hourly(String localDay, int hours, long seed) {
        Random random = new Random(seed);
        double[] values = new double[hours];
        for (int i = 0; i < hours; i++) {
            values[i] = Math.round(random.nextGaussian() * 1e6) / 1e3;
        }
        return DenseSeries.of(LocalDateTime.parse(localDay + "T00:00").atZone(PARIS), HOUR, values);
    }

    /** The months of Paris the series' points fall in: the chunks a write of it touches. */
    static Set<YearMonth> months(DenseSeries series) {
        Set<YearMonth> months = new TreeSet<>();
        for (int i = 0; i < series.size(); i++) {
            if (!Double.isNaN(series.valueAt(i))) {
                months.add(YearMonth.from(series.instantAt(i).atZone(PARIS)));
            }
        }
        return months;
    }

    /** The months of {@code all} not in {@code but}. */
    static Set<YearMonth> monthsOutside(Set<YearMonth> all, Set<YearMonth> but) {
        Set<YearMonth> rest = new TreeSet<>(all);
        rest.removeAll(but);
        return rest;
    }

    /** The months of every series given. */
    static Set<YearMonth> union(Set<YearMonth> first, Set<YearMonth> second) {
        Set<YearMonth> union = new TreeSet<>(first);
        union.addAll(second);
        return union;
    }
}
