package io.holcstore.example.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/**
 * Every REST resource of the example under {@code /api}: {@code stores}, the series API of each store, and the JSON
 * error mappers of holcstore-rest, which JAX-RS finds in {@code WEB-INF/lib} (this class lists no classes, so
 * everything annotated in the WAR and its jars is registered).
 */
@ApplicationPath("api")
public class ExampleApplication extends Application {
}
