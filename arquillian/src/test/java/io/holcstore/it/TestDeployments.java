package io.holcstore.it;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import io.holcstore.it.support.ItRestApplication;

/**
 * Builds the WARs the integration tests deploy to Payara Micro.
 *
 * <p>Every WAR gets the library jars from {@code target/deployment-libs} (copied there by the pom in
 * {@code pre-integration-test}), a {@code WEB-INF/web.xml} declaring the PostgreSQL data source {@value #DATA_SOURCE}
 * and a {@code META-INF/persistence.xml} (unit {@value #PERSISTENCE_UNIT}) generated from the entities given:
 * <pre>{@code
 * @Deployment
 * static WebArchive deployment() {
 *     return TestDeployments.war("sync")
 *             .entities(TestStore.class)                 // listed in persistence.xml (and packaged if a test class)
 *             .classes(TestStoreBean.class)              // any other test classes
 *             .fixtures()                                // holcstore-ejb's test-jar (StoreFixtures, test stores)
 *             .restLibrary().jaxrs()                     // holcstore-rest in WEB-INF/lib, JAX-RS at /api
 *             .property("eclipselink.logging.level.sql", "FINE")
 *             .build();
 * }
 * }</pre>
 * The schema customizer ({@value #SCHEMA_CUSTOMIZER}) is on by default; {@link Builder#schemaCustomizer(boolean)}
 * turns it off (the harness smoke test does, so that it does not depend on the library).
 */
public final class TestDeployments {

    /** JNDI name of the test data source (web.xml {@code <data-source>}). */
    public static final String DATA_SOURCE = "java:app/jdbc/holcstore";
    /** Name of the generated persistence unit. */
    public static final String PERSISTENCE_UNIT = "holcstore";
    /** The library's EclipseLink session customizer (tables, indexes, constraints of the chunk stores). */
    public static final String SCHEMA_CUSTOMIZER = "io.holcstore.mapping.ChunkStoreSchemaCustomizer";

    /** Jar name prefixes in {@code target/deployment-libs}, always packaged. */
    private static final List<String> CORE_LIBS = List.of("holcstore-ejb-", "lz4-java-", "postgresql-");
    private static final String REST_LIB = "holcstore-rest-";
    /** How holcstore-ejb's test-jar (the shared fixtures) ends; it shares the library jar's prefix. */
    private static final String FIXTURES_SUFFIX = "-tests.jar";

    private TestDeployments() {
    }

    /**
     * The example application exactly as holcstore-war builds it, which Maven copies to
     * {@code target/holcstore-example.war} (or {@code -Dholcstore.it.exampleWar}) before the ITs run.
     */
    public static WebArchive exampleWar() {
        File war = new File(System.getProperty("holcstore.it.exampleWar", "target/holcstore-example.war"));
        if (!war.isFile()) {
            throw new IllegalStateException(war.getAbsolutePath() + " is missing: run the ITs through Maven "
                    + "(mvn verify), which copies the example WAR built by holcstore-war there");
        }
        return ShrinkWrap.createFromZipFile(WebArchive.class, war);
    }

    /** Starts a WAR named {@code <name>.war}, deployed at context root {@code /<name>}. */
    public static Builder war(String name) {
        return new Builder(name);
    }

    /** JDBC URL of the test database: {@code -Dholcstore.test.jdbc-url}, default PostgreSQL on 127.0.0.1. */
    public static String jdbcUrl() {
        return System.getProperty("holcstore.test.jdbc-url", "jdbc:postgresql://127.0.0.1:5432/test");
    }

    public static String jdbcUser() {
        return System.getProperty("holcstore.test.jdbc-user", "postgres");
    }

    /**
     * Never empty: Payara fails a data source that has a user and no password ("No password credential found").
     * The local PostgreSQL uses trust authentication and ignores it.
     */
    public static String jdbcPassword() {
        String password = System.getProperty("holcstore.test.jdbc-password", "");
        return password.isEmpty() ? "postgres" : password;
    }

    /** Fluent WAR builder; every method returns {@code this}. */
    public static final class Builder {
        private final String name;
        private final Set<Class<?>> entities = new LinkedHashSet<>();
        private final Set<Class<?>> classes = new LinkedHashSet<>();
        private final Map<String, String> properties = new LinkedHashMap<>();
        private boolean schemaCustomizer = true;
        private boolean restLibrary;
        private boolean fixtures;
        private boolean jaxrs;
        private int maxPoolSize = 8;

        private Builder(String name) {
            this.name = name;
            properties.put("jakarta.persistence.schema-generation.database.action", "drop-and-create");
            properties.put("eclipselink.deploy-on-startup", "true");
            properties.put("eclipselink.jdbc.batch-writing", "JDBC");
            properties.put("eclipselink.jdbc.batch-writing.size", "500");
        }

        /**
         * Entities of the persistence unit, listed as {@code <class>}. Those compiled from this module's test
         * sources are also packaged in {@code WEB-INF/classes}; library entities come with their jar.
         */
        public Builder entities(Class<?>... entityClasses) {
            entities.addAll(List.of(entityClasses));
            return this;
        }

        /** Further test classes to package (EJBs, resources, helpers). The test class itself is added by Arquillian. */
        public Builder classes(Class<?>... testClasses) {
            classes.addAll(List.of(testClasses));
            return this;
        }

        /** Adds or overrides a persistence-unit property (e.g. the schema-generation action). */
        public Builder property(String key, String value) {
            properties.put(key, value);
            return this;
        }

        /** Adds or overrides persistence-unit properties. */
        public Builder properties(Map<String, String> extra) {
            properties.putAll(extra);
            return this;
        }

        /** Whether {@code eclipselink.session.customizer} names {@value #SCHEMA_CUSTOMIZER} (default: yes). */
        public Builder schemaCustomizer(boolean on) {
            schemaCustomizer = on;
            return this;
        }

        /** Also packages the holcstore-rest jar (sync resources, REST client, series API). */
        public Builder restLibrary() {
            restLibrary = true;
            return this;
        }

        /**
         * Also packages holcstore-ejb's test-jar: {@code io.holcstore.testing} (StoreFixtures, the test stores), so that
         * in-container code can use them; its entities still join the unit only if given to {@link #entities}.
         */
        public Builder fixtures() {
            fixtures = true;
            return this;
        }

        /** Adds {@link ItRestApplication}: JAX-RS at {@code /<name>/api}, every resource in the WAR and its jars. */
        public Builder jaxrs() {
            jaxrs = true;
            return this;
        }

        public Builder maxPoolSize(int size) {
            maxPoolSize = size;
            return this;
        }

        /** The archive; callers may still add to it (resources, more classes, microprofile-config.properties). */
        public WebArchive build() {
            WebArchive war = ShrinkWrap.create(WebArchive.class, name + ".war")
                    .addAsLibraries(libraries())
                    .setWebXML(new StringAsset(webXml()))
                    .addAsResource(new StringAsset(persistenceXml()), "META-INF/persistence.xml")
                    .addAsWebInfResource(EmptyAsset.INSTANCE, "beans.xml");
            for (Class<?> entity : entities) {
                if (isTestClass(entity)) {
                    war.addClass(entity);
                }
            }
            classes.forEach(war::addClass);
            if (jaxrs) {
                war.addClass(ItRestApplication.class);
            }
            return war;
        }

        private File[] libraries() {
            List<String> prefixes = new ArrayList<>(CORE_LIBS);
            if (restLibrary) {
                prefixes.add(REST_LIB);
            }
            Path dir = Paths.get(System.getProperty("holcstore.it.libs", "target/deployment-libs"));
            List<File> jars;
            try (Stream<Path> files = Files.list(dir)) {
                jars = files.filter(p -> prefixes.stream().anyMatch(p.getFileName().toString()::startsWith))
                        .filter(p -> fixtures || !p.getFileName().toString().endsWith(FIXTURES_SUFFIX))
                        .map(Path::toFile).sorted().toList();
            } catch (IOException e) {
                throw new UncheckedIOException(dir.toAbsolutePath()
                        + " is missing: run the ITs through Maven (mvn verify), which copies the libraries there", e);
            }
            for (String prefix : prefixes) {
                if (jars.stream().noneMatch(f -> f.getName().startsWith(prefix))) {
                    throw new IllegalStateException("No " + prefix + "*.jar in " + dir.toAbsolutePath());
                }
            }
            if (fixtures && jars.stream().noneMatch(f -> f.getName().endsWith(FIXTURES_SUFFIX))) {
                throw new IllegalStateException("No holcstore-ejb-*" + FIXTURES_SUFFIX + " in " + dir.toAbsolutePath());
            }
            return jars.toArray(File[]::new);
        }

        String webXml() {
            return """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <web-app xmlns="https://jakarta.ee/xml/ns/jakartaee"
                             xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                             xsi:schemaLocation="https://jakarta.ee/xml/ns/jakartaee https://jakarta.ee/xml/ns/jakartaee/web-app_6_0.xsd"
                             version="6.0">
                      <data-source>
                        <name>%s</name>
                        <class-name>org.postgresql.ds.PGSimpleDataSource</class-name>
                        <url>%s</url>
                        <user>%s</user>
                        <password>%s</password>
                        <max-pool-size>%d</max-pool-size>
                        <min-pool-size>0</min-pool-size>
                      </data-source>
                    </web-app>
                    """.formatted(DATA_SOURCE, xml(jdbcUrl()), xml(jdbcUser()), xml(jdbcPassword()), maxPoolSize);
        }

        String persistenceXml() {
            Map<String, String> props = new LinkedHashMap<>(properties);
            if (schemaCustomizer) {
                props.putIfAbsent("eclipselink.session.customizer", SCHEMA_CUSTOMIZER);
            }
            StringBuilder xml = new StringBuilder("""
                    <?xml version="1.0" encoding="UTF-8"?>
                    <persistence xmlns="https://jakarta.ee/xml/ns/persistence"
                                 xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                                 xsi:schemaLocation="https://jakarta.ee/xml/ns/persistence https://jakarta.ee/xml/ns/persistence/persistence_3_0.xsd"
                                 version="3.0">
                      <persistence-unit name="%s" transaction-type="JTA">
                        <jta-data-source>%s</jta-data-source>
                    """.formatted(PERSISTENCE_UNIT, DATA_SOURCE));
            for (Class<?> entity : entities) {
                xml.append("    <class>").append(entity.getName()).append("</class>\n");
            }
            xml.append("    <exclude-unlisted-classes>true</exclude-unlisted-classes>\n    <properties>\n");
            props.forEach((k, v) -> xml.append("      <property name=\"").append(xml(k))
                    .append("\" value=\"").append(xml(v)).append("\"/>\n"));
            xml.append("    </properties>\n  </persistence-unit>\n</persistence>\n");
            return xml.toString();
        }
    }

    /** True if the class was compiled from this module's test sources (so it is not in a library jar). */
    private static boolean isTestClass(Class<?> type) {
        try {
            Path location = Paths.get(type.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path own = Paths.get(TestDeployments.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return location.equals(own);
        } catch (URISyntaxException | NullPointerException e) {
            return false;
        }
    }

    private static String xml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
