package io.holcstore.mapping;

import jakarta.persistence.EntityManager;
import org.eclipse.persistence.sessions.Session;

/**
 * New row ids of a store's table, from the sequence its entity declares: the store inserts rows with plain SQL, so it
 * draws ids where EclipseLink would. EclipseLink preallocates them, so a new id is rarely a round trip. Thread-safe.
 */
public final class IdSequence {
    private final Session session;
    private final Class<?> entity;

    private IdSequence(Session session, Class<?> entity) {
        this.session = session;
        this.entity = entity;
    }

    /** The id sequence of {@code entity} in the persistence unit of {@code em}. */
    public static IdSequence of(EntityManager em, Class<?> entity) {
        UnitSession.descriptor(em, entity);
        return new IdSequence(UnitSession.of(em), entity);
    }

    /** A new row id. */
    public long next() {
        return session.getNextSequenceNumberValue(entity).longValue();
    }
}
