package io.holcstore.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import jakarta.ejb.EJB;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.holcstore.it.smoke.SmokeItem;
import io.holcstore.it.smoke.SmokeItems;
import io.holcstore.it.smoke.SmokeResource;
import io.holcstore.it.support.LoopbackHttp;

/**
 * Proves the harness: Payara Micro starts with a WAR from {@link TestDeployments}, JPA works against PostgreSQL,
 * EJB injection works in-container, and client calls reach the server on 127.0.0.1 only.
 */
@ExtendWith(ArquillianExtension.class)
class HarnessSmokeIT {

    /** One deployment per class: each one starts its own Payara Micro (about 15 s). */
    @Deployment
    static WebArchive deployment() {
        return TestDeployments.war("harness-smoke")
                .entities(SmokeItem.class)
                .classes(SmokeItems.class, SmokeResource.class)
                .jaxrs()
                .schemaCustomizer(false) // the smoke test must not depend on the library's code
                .build();
    }

    @EJB
    private SmokeItems items;

    @Test
    void persistsAndReadsBackInContainer() {
        assertNotNull(items, "EJB injected into the in-container test");
        long id = items.create("hello");
        assertEquals("hello", items.label(id));
        assertEquals("PostgreSQL", items.databaseProduct());
    }

    @Test
    @RunAsClient
    void restEndpointAnswersOnLoopback(@ArquillianResource URL base) throws Exception {
        HttpClient http = LoopbackHttp.client(base);
        URI ping = base.toURI().resolve("api/smoke");
        HttpResponse<String> pong = http.send(HttpRequest.newBuilder(ping).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, pong.statusCode());
        assertEquals("pong", pong.body());

        // GET with a body, as the sync protocol's pack request: needs src/test/payara/preboot.asadmin.
        HttpRequest echo = HttpRequest.newBuilder(base.toURI().resolve("api/smoke/echo"))
                .header("Content-Type", "text/plain")
                .method("GET", HttpRequest.BodyPublishers.ofString("{\"keys\":[1]}"))
                .build();
        HttpResponse<String> echoed = http.send(echo, HttpResponse.BodyHandlers.ofString());
        assertEquals(200, echoed.statusCode());
        assertEquals("{\"keys\":[1]}", echoed.body());
    }
}
