package io.holcstore.mapping;

import org.eclipse.persistence.config.CacheIsolationType;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.descriptors.DescriptorCustomizer;
import org.eclipse.persistence.internal.helper.DatabaseTable;
import org.eclipse.persistence.mappings.DirectToFieldMapping;
import org.eclipse.persistence.sessions.Session;
import org.eclipse.persistence.sessions.SessionCustomizer;

import java.lang.reflect.Modifier;
import java.util.List;

/**
 * The skeleton every store's schema customizer shares: which descriptors it prepares (concrete entities extending
 * the store's superclass, not yet prepared), how a problem fails the deployment, NOT NULL key columns, the
 * {@code <table>_uniq} constraint and the isolated entity cache. A subclass says what its store declares in
 * {@link #prepare}. Runs at deployment, one thread per persistence unit; holds no state.
 *
 * <p>Unique constraints are declared through EclipseLink's internal {@code DatabaseTable}: its public API cannot
 * declare them for schema generation.
 */
abstract class StoreSchemaCustomizer implements DescriptorCustomizer, SessionCustomizer {
    /** The suffix of the unique constraint's name. */
    static final String UNIQUE_SUFFIX = "_uniq";
    /** Room left after a constraint or index name's base for the longest suffix. */
    static final int NAME_BASE = TableSignature.MAX_IDENTIFIER - UNIQUE_SUFFIX.length();

    private final Class<?> storeSuperclass;
    private final String customizedProperty;

    /**
     * @param storeSuperclass    the entities to prepare are its concrete subclasses
     * @param customizedProperty the descriptor property marking a descriptor prepared, so that twice does nothing
     */
    StoreSchemaCustomizer(Class<?> storeSuperclass, String customizedProperty) {
        this.storeSuperclass = storeSuperclass;
        this.customizedProperty = customizedProperty;
    }

    /**
     * As the unit's session customizer: prepares every store entity of the unit.
     *
     * @throws InvalidStoreDefinitionException naming the entity and the setting or field that is wrong
     */
    @Override
    public void customize(Session session) {
        for (ClassDescriptor descriptor : session.getDescriptors().values()) {
            prepareIfStore(descriptor);
        }
    }

    /** As a descriptor customizer: an invalid store is a {@link StoreDeclarationError}, which EclipseLink does not swallow. */
    @Override
    public void customize(ClassDescriptor descriptor) {
        try {
            prepareIfStore(descriptor);
        } catch (InvalidStoreDefinitionException e) {
            throw new StoreDeclarationError(e);
        }
    }

    private void prepareIfStore(ClassDescriptor descriptor) {
        Class<?> entity = descriptor.getJavaClass();
        if (entity == null || !storeSuperclass.isAssignableFrom(entity) || Modifier.isAbstract(entity.getModifiers())
                || Boolean.TRUE.equals(descriptor.getProperty(customizedProperty))) {
            return;
        }
        prepare(descriptor, entity);
        // The store logic writes rows with plain SQL, so a shared entity cache would serve stale rows.
        descriptor.setCacheIsolation(CacheIsolationType.ISOLATED);
        // What the store logic keeps of the store for the life of the unit (its dialect, its prepared table).
        StoreAttachments.attachTo(descriptor);
        descriptor.setProperty(customizedProperty, Boolean.TRUE);
    }

    /**
     * Checks the store entity's settings and fields and declares its table's constraints and indexes.
     *
     * @throws InvalidStoreDefinitionException naming the entity and the setting or field that is wrong
     */
    abstract void prepare(ClassDescriptor descriptor, Class<?> entity);

    /** Makes the columns NOT NULL (a NULL would escape the unique constraint) and answers their names, in order. */
    static List<String> notNullColumns(List<DirectToFieldMapping> mappings) {
        return mappings.stream().map(mapping -> {
            mapping.getField().setNullable(false);
            return mapping.getField().getName();
        }).toList();
    }

    /** The column an attribute of the store superclass is mapped to. */
    static String column(ClassDescriptor descriptor, String attribute) {
        return descriptor.getMappingForAttributeName(attribute).getField().getName();
    }

    /**
     * The base of the table's constraint and index names: the table name, shortened as {@link TableSignature#fit}
     * does to leave room for the longest suffix.
     */
    static String nameBase(DatabaseTable table) {
        return TableSignature.fit(table.getName(), NAME_BASE);
    }

    /** Declares the unique constraint {@code <nameBase>_uniq} on the columns, in order. */
    static void addUniqueConstraint(DatabaseTable table, List<String> columns) {
        table.addUniqueConstraints(nameBase(table) + UNIQUE_SUFFIX, columns);
    }
}
