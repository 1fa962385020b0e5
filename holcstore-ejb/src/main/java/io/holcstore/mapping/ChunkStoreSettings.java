package io.holcstore.mapping;

import io.holcstore.grid.ChunkAxis;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The frozen settings of a chunk store, declared on its entity. They are part of the table name
 * (see {@code io.holcstore.mapping.TableSignature}), so changing one later makes the store use a new
 * table instead of misreading the old one. Invalid values fail the deployment.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface ChunkStoreSettings {
    /** One chunk per year or per month, in {@link #zone()}. */
    ChunkAxis axis();

    /** The grid step as an ISO-8601 duration ({@code PT15M}, {@code PT30M}, {@code PT1H}); must divide one day and the zone's DST shifts. */
    String step();

    /** The zone whose local midnights start the chunks ({@code Europe/Paris}, {@code UTC}). */
    String zone();

    /** Whether the store takes part in client/server sync (writes then leave tombstones, never gaps). */
    boolean sync() default false;
}
