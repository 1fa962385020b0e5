package io.holcstore.testing;

import io.holcstore.mapping.InvalidStoreDefinitionException;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * What the schema tests of every store check: the deployment of a unit that must fail, and the unique constraints
 * PostgreSQL holds for a table. Stateless.
 */
public final class SchemaChecks {
    private SchemaChecks() {
    }

    /**
     * Deploys a persistence unit of the test database (createEntityManagerFactory, then createEntityManager) and
     * returns the {@link InvalidStoreDefinitionException} in its failure's cause chain.
     *
     * @param extraProperties unit properties added to the test database's connection settings
     * @throws AssertionError if the deployment succeeds or fails for another reason
     */
    public static InvalidStoreDefinitionException deploymentFailure(String unit, Map<String, Object> extraProperties) {
        Map<String, Object> properties = new HashMap<>(PostgresStores.jdbcProperties());
        properties.putAll(extraProperties);
        Throwable failure = assertThrows(Throwable.class, () -> {
            EntityManagerFactory factory = Persistence.createEntityManagerFactory(unit, properties);
            try {
                factory.createEntityManager().close();
            } finally {
                factory.close();
            }
        }, "deploying " + unit + " should fail");
        List<Throwable> chain = new ArrayList<>();
        for (Throwable t = failure; t != null && !chain.contains(t); t = t.getCause()) {
            chain.add(t);
            if (t instanceof InvalidStoreDefinitionException invalid) {
                return invalid;
            }
        }
        throw new AssertionError("no InvalidStoreDefinitionException in the cause chain of " + chain, failure);
    }

    /** As {@link #deploymentFailure(String, Map)} with the test database's connection settings alone. */
    public static InvalidStoreDefinitionException deploymentFailure(String unit) {
        return deploymentFailure(unit, Map.of());
    }

    /** The column lists of a PostgreSQL table's unique constraints, by constraint name, columns in constraint order. */
    public static Map<String, List<String>> uniqueConstraints(Connection connection, String table) throws SQLException {
        Map<String, List<String>> constraints = new TreeMap<>();
        try (PreparedStatement ps = connection.prepareStatement("""
                SELECT con.conname, att.attname
                FROM pg_constraint con
                CROSS JOIN LATERAL unnest(con.conkey) WITH ORDINALITY AS k(attnum, ord)
                JOIN pg_attribute att ON att.attrelid = con.conrelid AND att.attnum = k.attnum
                WHERE con.conrelid = to_regclass(?) AND con.contype = 'u'
                ORDER BY con.conname, k.ord""")) {
            ps.setString(1, table);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    constraints.computeIfAbsent(rs.getString(1), n -> new ArrayList<>()).add(rs.getString(2));
                }
            }
        }
        return constraints;
    }
}
