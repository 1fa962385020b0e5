package io.holcstore.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Set;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.holcstore.it.support.LoopbackExtension;
import io.holcstore.it.support.LoopbackHttp;
import io.holcstore.testing.StoreFixtures;

/**
 * The example application exactly as {@code holcstore-war} builds it (copied to {@code target/} by the pom,
 * path in {@code -Dholcstore.it.exampleWar}), deployed as is: nothing added, so it runs on its own default,
 * embedded database (H2, shipped by Payara Micro) and its own configuration. Checked from the client, over
 * 127.0.0.1 only. Both example stores (DemoStore, DemoMirror) are declared in Europe/Paris.
 */
@ExtendWith(ArquillianExtension.class)
class ExampleApplicationIT {

    @Deployment(testable = false)
    static WebArchive exampleWar() {
        return TestDeployments.exampleWar();
    }

    @Test
    @RunAsClient
    void storesEndpointAnswersFromTheEmbeddedDatabase(@ArquillianResource URL base) throws Exception {
        HttpClient http = LoopbackHttp.client(base);
        URI stores = base.toURI().resolve("api/stores");
        assertEquals(LoopbackExtension.LOOPBACK, stores.getHost());
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(stores)
                        .header("Accept", "application/json").timeout(Duration.ofSeconds(30)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(LoopbackExtension.LOOPBACK, response.uri().getHost(), "no redirect away from loopback");
        assertEquals(200, response.statusCode(), response::body);
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"),
                () -> "Content-Type: " + response.headers().firstValue("Content-Type"));

        JsonObject body;
        try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
            body = reader.readObject();
        }
        assertEquals(Set.of("demo", "mirror"), body.keySet(), response.body());
        for (String store : body.keySet()) {
            // Nothing written yet: the "never updated" instant, local midnight of 2000-01-01 in the stores' zone.
            assertEquals(StoreFixtures.neverUpdated(StoreFixtures.PARIS).toString(),
                    body.getJsonObject(store).getString("lastUpdatedAt"), store);
        }
    }
}
