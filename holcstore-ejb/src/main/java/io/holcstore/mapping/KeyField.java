package io.holcstore.mapping;

import org.eclipse.persistence.exceptions.ConversionException;
import org.eclipse.persistence.mappings.DirectToFieldMapping;
import org.eclipse.persistence.mappings.converters.Converter;
import org.eclipse.persistence.sessions.Session;

import java.util.Map;
import java.util.Optional;

/**
 * One user key field of a store entity: its attribute, its column, and the conversions between the
 * values callers give (typed, or text from a URL) and what the column holds. Conversions go through the
 * field's JPA mapping, so enums, converters and java.time types behave as they do for the entity.
 */
public final class KeyField {
    private static final Map<Class<?>, Class<?>> BOXES = Map.of(
            int.class, Integer.class, long.class, Long.class, short.class, Short.class, byte.class, Byte.class,
            boolean.class, Boolean.class, double.class, Double.class, float.class, Float.class, char.class, Character.class);

    private final String name;
    private final String column;
    private final Class<?> type;
    private final DirectToFieldMapping mapping;
    private final Session session;

    KeyField(DirectToFieldMapping mapping, Session session) {
        this.name = mapping.getAttributeName();
        this.column = mapping.getField().getName();
        Class<?> declared = mapping.getAttributeClassification() != null
                ? mapping.getAttributeClassification() : mapping.getAttributeAccessor().getAttributeClass();
        this.type = BOXES.getOrDefault(declared, declared);
        this.mapping = mapping;
        this.session = session;
    }

    public String name() {
        return name;
    }

    public String column() {
        return column;
    }

    /** The attribute's Java type, boxed. */
    public Class<?> type() {
        return type;
    }

    /**
     * The caller's value as the attribute type: values of that type pass, text is parsed (so URL query
     * parameters work: enum constants by name, numbers, dates), numbers convert when nothing is lost;
     * empty when the value has no such form.
     */
    public Optional<Object> toAttributeValue(Object value) {
        if (type.isInstance(value)) {
            return Optional.of(value);
        }
        if (type.isEnum() && value instanceof String text) {
            return enumConstant(text);
        }
        if (value instanceof String || value instanceof Number) {
            try {
                Object converted = session.getPlatform().convertObject(value, type);
                if (type.isInstance(converted) && (!(value instanceof Number number) || sameNumber(number, converted))) {
                    return Optional.of(converted);
                }
            } catch (ConversionException | IllegalArgumentException | java.time.DateTimeException e) {
                // no such form: empty
            }
        }
        return Optional.empty();
    }

    /**
     * The value to bind to the column for an attribute value: the mapping's converter (enums, JPA converters), then
     * the platform's conversion to the column's class, as EclipseLink converts an entity's attribute (its own
     * {@code getFieldValue} takes an internal session type).
     */
    public Object toColumnValue(Object attributeValue) {
        Converter converter = mapping.getConverter();
        Object value = converter == null ? attributeValue : converter.convertObjectValueToDataValue(attributeValue, session);
        Class<?> columnClass = mapping.getFieldClassification(mapping.getField());
        return value == null || columnClass == null || columnClass == value.getClass()
                ? value : session.getPlatform().convertObject(value, columnClass);
    }

    /** The attribute value of a value read from the column. */
    public Object fromColumnValue(Object columnValue) {
        return mapping.getObjectValue(columnValue, session);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private Optional<Object> enumConstant(String text) {
        try {
            return Optional.of(Enum.valueOf((Class<? extends Enum>) type, text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Refuses lossy conversions such as 1.5 to an int. */
    private static boolean sameNumber(Number given, Object converted) {
        return converted instanceof Number n && Double.compare(n.doubleValue(), given.doubleValue()) == 0;
    }

    @Override
    public String toString() {
        return name + " (" + type.getSimpleName() + ", column " + column + ")";
    }
}
