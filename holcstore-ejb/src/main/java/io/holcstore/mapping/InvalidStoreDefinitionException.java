package io.holcstore.mapping;

import io.holcstore.ErrorKind;
import io.holcstore.HolcStoreException;

/** A store entity is declared wrongly (settings, key fields, table name); raised at deployment. */
public class InvalidStoreDefinitionException extends HolcStoreException {
    private static final long serialVersionUID = 1L;

    public InvalidStoreDefinitionException(Class<?> entity, String setting, String problem) {
        super(ErrorKind.INVALID_STORE_DEFINITION, "store entity " + entity.getName() + ", " + setting + ": " + problem);
    }
}
