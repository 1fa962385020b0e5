package io.holcstore.bench.server;

import io.holcstore.bench.stores.BenchYearTarget;
import io.holcstore.ejb.TimeseriesChunkStoreBean;
import jakarta.ejb.Stateless;

/** year_light's sync target, pulled into inside this server by {@link ContainerPullResource}. */
@Stateless
public class YearTargetBean extends TimeseriesChunkStoreBean<BenchYearTarget> {
    public YearTargetBean() {
        super(BenchYearTarget.class);
    }
}
