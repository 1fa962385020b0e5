package io.holcstore.mapping;

import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.mappings.DatabaseMapping;
import org.eclipse.persistence.mappings.DirectToFieldMapping;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * The user key fields of a store entity: every mapped attribute its store superclass does not declare. One place for
 * every kind of store, so that each reads and refuses key fields alike.
 */
final class KeyMappings {
    private KeyMappings() {
    }

    /**
     * The mappings of the key fields of {@code descriptor}'s entity, sorted by attribute name.
     *
     * @param fixed the attributes the store superclass declares
     * @throws InvalidStoreDefinitionException naming the entity and the field if a key field is not a basic column
     */
    static List<DirectToFieldMapping> of(ClassDescriptor descriptor, Set<String> fixed) {
        return of(descriptor, fixed, "key field");
    }

    /**
     * As {@link #of(ClassDescriptor, Set)}, for a store that calls its user fields {@code noun}s (e.g. "attribute
     * field"), the word the error uses.
     */
    static List<DirectToFieldMapping> of(ClassDescriptor descriptor, Set<String> fixed, String noun) {
        List<DirectToFieldMapping> keys = new ArrayList<>();
        for (DatabaseMapping mapping : descriptor.getMappings()) {
            if (fixed.contains(mapping.getAttributeName())) {
                continue;
            }
            if (!(mapping instanceof DirectToFieldMapping direct)) {
                throw new InvalidStoreDefinitionException(descriptor.getJavaClass(), noun + " '" + mapping.getAttributeName() + "'",
                        article(noun) + " " + noun + " must be a basic column (int, long, String, LocalDate, enum...), not a "
                                + mapping.getClass().getSimpleName());
            }
            keys.add(direct);
        }
        keys.sort(Comparator.comparing(DatabaseMapping::getAttributeName));
        return keys;
    }

    private static String article(String noun) {
        return "aeiou".indexOf(noun.charAt(0)) >= 0 ? "an" : "a";
    }
}
