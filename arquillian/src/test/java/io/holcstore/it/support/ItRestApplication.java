package io.holcstore.it.support;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** JAX-RS activator for test WARs ({@code TestDeployments.war(..).jaxrs()}): resources under {@code /<war>/api}. */
@ApplicationPath("api")
public class ItRestApplication extends Application {
}
