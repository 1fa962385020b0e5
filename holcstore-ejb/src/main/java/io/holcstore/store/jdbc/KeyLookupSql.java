package io.holcstore.store.jdbc;

import io.holcstore.mapping.KeyField;
import io.holcstore.store.KeyLookup;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.StringJoiner;

/**
 * The SQL of key lookups ({@link KeyLookup}), checked and converted by {@link KeyValidator#lookups}: each a condition
 * on its field's column with its values bound as parameters, so that neither a field name nor a value from a
 * request ever reaches the statement's text.
 */
final class KeyLookupSql {

    private KeyLookupSql() {
    }

    /** {@code " AND <column> >= ? AND <column> IN (?, ?)"} for {@code lookups}; empty for none. */
    static String conditions(List<KeyField> fields, List<KeyLookup> lookups) {
        StringBuilder sql = new StringBuilder();
        for (KeyLookup lookup : lookups) {
            String column = field(fields, lookup).column();
            sql.append(" AND ").append(column).append(switch (lookup.comparison()) {
                case IN -> {
                    StringJoiner marks = new StringJoiner(", ", " IN (", ")");
                    lookup.values().forEach(value -> marks.add("?"));
                    yield marks.toString();
                }
                case GT -> " > ?";
                case GTE -> " >= ?";
                case LT -> " < ?";
                case LTE -> " <= ?";
            });
        }
        return sql.toString();
    }

    /** Binds what {@link #conditions} asks for from position {@code p}; returns the next position. */
    static int bind(PreparedStatement ps, int p, List<KeyField> fields, List<KeyLookup> lookups) throws SQLException {
        for (KeyLookup lookup : lookups) {
            KeyField field = field(fields, lookup);
            for (Object value : lookup.values()) {
                ps.setObject(p++, field.toColumnValue(value));
            }
        }
        return p;
    }

    private static KeyField field(List<KeyField> fields, KeyLookup lookup) {
        return fields.stream().filter(f -> f.name().equals(lookup.field())).findFirst()
                .orElseThrow(() -> new IllegalStateException("lookup " + lookup.name() + " was not checked against the store"));
    }
}
