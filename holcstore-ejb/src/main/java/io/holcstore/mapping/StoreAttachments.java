package io.holcstore.mapping;

import jakarta.persistence.EntityManager;
import org.eclipse.persistence.descriptors.ClassDescriptor;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Objects kept with one store entity for exactly as long as its persistence unit, one per type: lets the store logic
 * keep per-table state (its SQL dialect, what it learnt of the table) without this package knowing of it. Held by the
 * entity's descriptor from deployment on, which the unit drops when it closes or is redeployed. Thread-safe.
 */
public final class StoreAttachments {
    private static final String PROPERTY = "holcstore.attachments";

    private final Map<Class<?>, Object> attached = new ConcurrentHashMap<>();

    private StoreAttachments() {
    }

    /**
     * Gives a store entity's descriptor its attachments; done by the schema customizer at deployment, before any
     * thread reads them.
     */
    static void attachTo(ClassDescriptor descriptor) {
        descriptor.setProperty(PROPERTY, new StoreAttachments());
    }

    /**
     * The attachments of {@code entity} in the persistence unit of {@code em}.
     *
     * @throws InvalidStoreDefinitionException if the schema customizer did not prepare the entity
     */
    public static StoreAttachments of(EntityManager em, Class<?> entity) {
        if (UnitSession.descriptor(em, entity).getProperty(PROPERTY) instanceof StoreAttachments attachments) {
            return attachments;
        }
        throw new InvalidStoreDefinitionException(entity, "schema", "the HoLcStore schema customizer did not run for this entity");
    }

    /**
     * The object of {@code type} attached, made by {@code factory} on first use; a factory that throws attaches
     * nothing, so the next call tries again.
     */
    public <T> T computeIfAbsent(Class<T> type, Supplier<? extends T> factory) {
        return type.cast(attached.computeIfAbsent(type, t -> factory.get()));
    }
}
