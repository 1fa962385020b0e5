package io.holcstore.bench.server;

import io.holcstore.bench.stores.BenchYearSource;
import io.holcstore.ejb.TimeseriesChunkStoreBean;
import jakarta.ejb.Stateless;

/** year_light's sync source, one transaction per call. */
@Stateless
public class YearSourceBean extends TimeseriesChunkStoreBean<BenchYearSource> {
    public YearSourceBean() {
        super(BenchYearSource.class);
    }
}
