package io.holcstore.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.holcstore.rest.api.SeriesResource;
import io.holcstore.rest.api.TimeseriesResource;
import io.holcstore.rest.sync.server.SyncResource;
import jakarta.ws.rs.Path;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * The servlet container hands JAX-RS every class declaring a {@code @Path}, on the class or on a method, and JAX-RS,
 * serving an application that lists no classes, registers them all: one it cannot instantiate (abstract, an
 * interface) is a warning at every start of every application using this module.
 */
class ResourceClassesTest {

    @Test
    void everyClassDeclaringAPathCanBeInstantiated() throws IOException, URISyntaxException {
        List<Class<?>> declaring = classesOfThisModule().stream().filter(ResourceClassesTest::declaresPath).toList();
        assertFalse(declaring.isEmpty(), "the scan found the resource classes");
        for (Class<?> type : declaring) {
            assertFalse(type.isInterface() || Modifier.isAbstract(type.getModifiers()), type.getName());
        }
    }

    @Test
    void theClassesApplicationsSubclassStayAbstract() throws NoSuchMethodException {
        assertTrue(Modifier.isAbstract(SeriesResource.class.getDeclaredMethod("store").getModifiers()));
        assertTrue(Modifier.isAbstract(SyncResource.class.getDeclaredMethod("store").getModifiers()));
        assertFalse(declaresPath(SeriesResource.class));
        assertFalse(declaresPath(SyncResource.class));
        assertTrue(Modifier.isAbstract(TimeseriesResource.class.getDeclaredMethod("store").getModifiers()));
        assertFalse(declaresPath(TimeseriesResource.class));
    }

    private static boolean declaresPath(Class<?> type) {
        return type.isAnnotationPresent(Path.class)
                || Arrays.stream(type.getDeclaredMethods()).anyMatch(method -> method.isAnnotationPresent(Path.class));
    }

    /** The main classes of this module, from the directory the build compiled them to. */
    private static List<Class<?>> classesOfThisModule() throws IOException, URISyntaxException {
        java.nio.file.Path root = Paths.get(SeriesResource.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        try (Stream<java.nio.file.Path> files = Files.walk(root)) {
            List<String> names = files.map(root::relativize).map(java.nio.file.Path::toString)
                    .filter(name -> name.endsWith(".class") && !name.endsWith("package-info.class"))
                    .map(name -> name.substring(0, name.length() - ".class".length()).replace('/', '.'))
                    .toList();
            assertEquals(names.size(), names.stream().distinct().count());
            return names.stream().map(ResourceClassesTest::load).toList();
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, ResourceClassesTest.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
