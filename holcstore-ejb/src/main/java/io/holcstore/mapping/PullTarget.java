package io.holcstore.mapping;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares a sync store a pull target: a mirror fed only by its pulls. Its local writes ({@code setTs},
 * {@code setManyTs}, {@code delete}) fail with {@code io.holcstore.store.ReadOnlyStoreException}; imports and reads
 * work. A local write would otherwise mix the mirror's own changes with its upstreams' copies, and an upstream change
 * older than it could be taken for one already held.
 *
 * <p>Not one of the frozen {@link ChunkStoreSettings}: adding or removing it keeps the table. On a store without
 * sync it fails the deployment, naming the entity.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface PullTarget {
}
