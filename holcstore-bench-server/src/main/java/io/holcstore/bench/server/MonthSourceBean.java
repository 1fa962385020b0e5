package io.holcstore.bench.server;

import io.holcstore.bench.stores.BenchMonthSource;
import io.holcstore.ejb.TimeseriesChunkStoreBean;
import jakarta.ejb.Stateless;

/** The month workloads' sync source, one transaction per call. */
@Stateless
public class MonthSourceBean extends TimeseriesChunkStoreBean<BenchMonthSource> {
    public MonthSourceBean() {
        super(BenchMonthSource.class);
    }
}
