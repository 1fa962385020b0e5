package io.holcstore.it.store;

import io.holcstore.ejb.TimeseriesChunkStoreBean;
import jakarta.ejb.Stateless;

@Stateless
public class NoKeyStoreBean extends TimeseriesChunkStoreBean<NoKeyStore> {
    public NoKeyStoreBean() {
        super(NoKeyStore.class);
    }
}
