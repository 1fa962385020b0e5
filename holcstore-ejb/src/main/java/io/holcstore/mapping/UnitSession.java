package io.holcstore.mapping;

import jakarta.persistence.EntityManager;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.jpa.JpaEntityManager;
import org.eclipse.persistence.sessions.Session;

/**
 * The EclipseLink session of an entity manager's persistence unit, and a store entity's descriptor in it: where what
 * lives as long as the unit (mappings, sequences, caches) is found. Public EclipseLink API only.
 */
final class UnitSession {
    private UnitSession() {
    }

    /** The unit's server session, shared by every entity manager of the unit. */
    static Session of(EntityManager em) {
        return em.unwrap(JpaEntityManager.class).getServerSession();
    }

    /**
     * The descriptor of {@code entity} in the unit of {@code em}.
     *
     * @throws InvalidStoreDefinitionException if the unit does not list the entity
     */
    static ClassDescriptor descriptor(EntityManager em, Class<?> entity) {
        ClassDescriptor descriptor = of(em).getDescriptor(entity);
        if (descriptor == null) {
            throw new InvalidStoreDefinitionException(entity, "persistence unit",
                    "not an entity of this persistence unit: list it in persistence.xml");
        }
        return descriptor;
    }
}
