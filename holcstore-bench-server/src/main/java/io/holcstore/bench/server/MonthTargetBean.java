package io.holcstore.bench.server;

import io.holcstore.bench.stores.BenchMonthTarget;
import io.holcstore.ejb.TimeseriesChunkStoreBean;
import jakarta.ejb.Stateless;

/** The month workloads' sync target, pulled into inside this server by {@link ContainerPullResource}. */
@Stateless
public class MonthTargetBean extends TimeseriesChunkStoreBean<BenchMonthTarget> {
    public MonthTargetBean() {
        super(BenchMonthTarget.class);
    }
}
