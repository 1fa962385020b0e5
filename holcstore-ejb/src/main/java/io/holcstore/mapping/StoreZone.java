package io.holcstore.mapping;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The zone of a store of whole series ({@code TimeseriesStore}, {@code LoadCurveStore}): the zone local date-times
 * of written series are read in, and the zone read series are rendered in. Without it, a store's zone is UTC. Unlike
 * a chunk store's settings, it is not frozen: stored instants are absolute, and the zone only renders them. An invalid
 * zone fails the deployment, naming the entity.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface StoreZone {
    /** A zone id ({@code Europe/Paris}, {@code UTC}). */
    String value();
}
