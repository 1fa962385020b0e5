package io.holcstore.store;

import io.holcstore.HolcStoreException;

/** A store entity is declared wrongly (settings, key fields, table name); raised at deployment. */
public class InvalidStoreDefinitionException extends HolcStoreException {
    public InvalidStoreDefinitionException(Class<?> entity, String setting, String problem) {
        super("store entity " + entity.getName() + ", " + setting + ": " + problem);
    }
}
