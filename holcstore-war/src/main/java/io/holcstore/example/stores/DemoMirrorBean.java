package io.holcstore.example.stores;

import io.holcstore.ejb.TimeseriesChunkStoreBean;
import jakarta.ejb.Stateless;

/** The {@link DemoMirror} operations, one transaction each. */
@Stateless
public class DemoMirrorBean extends TimeseriesChunkStoreBean<DemoMirror> {
    public DemoMirrorBean() {
        super(DemoMirror.class);
    }
}
