package io.holcstore.it.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;

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

import io.holcstore.it.TestDeployments;
import io.holcstore.it.support.LoopbackExtension;
import io.holcstore.it.support.LoopbackHttp;

/**
 * The example's mirror pull, end to end over real HTTP: the example WAR as built, its mirror's upstream left at its
 * default (the server's own {@code /api/sync/demo}, at whatever port Payara Micro got), a series written to the demo
 * store, pulled on demand, read back from the mirror.
 */
@ExtendWith(ArquillianExtension.class)
class MirrorPullIT {
    private static final String SERIES = "series?version=7&kind=load";

    @Deployment(testable = false)
    static WebArchive exampleWar() {
        return TestDeployments.exampleWar();
    }

    @Test
    @RunAsClient
    void aPullCopiesTheDemoSeriesIntoTheMirror(@ArquillianResource URL base) throws Exception {
        HttpClient http = LoopbackHttp.client(base);
        URI api = base.toURI().resolve("api/stores/");
        assertEquals(LoopbackExtension.LOOPBACK, api.getHost());

        HttpResponse<String> put = http.send(request(api.resolve("demo/" + SERIES + "&mode=update"))
                .header("Content-Type", "application/json")
                .PUT(BodyPublishers.ofString("{\"start\": \"2025-01-31T22:00\", \"values\": [1.5, 2.5, null, 4.0]}"))
                .build(), BodyHandlers.ofString());
        assertEquals(204, put.statusCode(), put::body);

        HttpResponse<String> pull = http.send(request(api.resolve("mirror/pull")).POST(BodyPublishers.noBody()).build(),
                BodyHandlers.ofString());
        assertEquals(200, pull.statusCode(), pull::body);
        JsonObject counts = json(pull.body());
        // The series spans two months, so two chunks; none deleted. (A timed pull cannot have come first: timers
        // fire a minute after startup, and the first one knows no upstream until a request has been served.)
        assertEquals(2, counts.getJsonNumber("fetched").longValue(), pull.body());
        assertEquals(0, counts.getJsonNumber("deleted").longValue(), pull.body());

        HttpResponse<String> demo = http.send(request(api.resolve("demo/" + SERIES)).GET().build(), BodyHandlers.ofString());
        HttpResponse<String> mirror = http.send(request(api.resolve("mirror/" + SERIES)).GET().build(),
                BodyHandlers.ofString());
        assertEquals(200, demo.statusCode(), demo::body);
        assertEquals(200, mirror.statusCode(), mirror::body);
        assertEquals(json(demo.body()), json(mirror.body()));
    }

    private static HttpRequest.Builder request(URI uri) {
        return HttpRequest.newBuilder(uri).header("Accept", "application/json").timeout(Duration.ofSeconds(60));
    }

    private static JsonObject json(String body) {
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        }
    }
}
