package io.holcstore.it.sync;

import io.holcstore.ejb.TimeseriesChunkStoreBean;
import io.holcstore.testing.MonthParisSyncMirror;
import jakarta.ejb.Stateless;

/** The EJB face of {@link MonthParisSyncMirror}: the client store the sync ITs pull into. */
@Stateless
public class MonthParisSyncMirrorBean extends TimeseriesChunkStoreBean<MonthParisSyncMirror> {
    public MonthParisSyncMirrorBean() {
        super(MonthParisSyncMirror.class);
    }
}
