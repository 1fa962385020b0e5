package io.holcstore.example;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** Every REST resource of the example under {@code /api}. */
@ApplicationPath("api")
public class ExampleApplication extends Application {
}
