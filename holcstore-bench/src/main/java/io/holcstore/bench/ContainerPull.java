package io.holcstore.bench;

import io.holcstore.rest.sync.client.SyncHttpClients;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * The {@code http_pull} figure's container path: the same pull as {@link HttpPull}, but run inside the sync server
 * itself, as an application's timer would (MicroProfile REST Client with Fault Tolerance, container transactions, the
 * managed executor prefetching), from the server's own sync resource over loopback HTTP into the emptied sync
 * target. The server times the pull alone ({@code POST /api/bench/container-pull/<source>}); this side empties the
 * target before and checks after that it holds exactly the workload's chunks, as {@link SyncTargetPull} does for the
 * pulls it runs itself.
 */
public final class ContainerPull {
    private final SyncTargetPull target;
    private final URI endpoint;
    private final HttpClient http;

    /** @param syncUrl the server's sync URL of the workload's source, e.g. {@code http://127.0.0.1:8123/api/sync/benchmonthsource/} */
    public ContainerPull(Database db, Workload workload, int pageSize, URI syncUrl) {
        this.target = new SyncTargetPull(db, workload, pageSize);
        String source = syncUrl.getPath().replaceAll("/$", "").replaceAll(".*/", "");
        this.endpoint = syncUrl.resolve("../../bench/container-pull/" + source + "?page=" + pageSize);
        this.http = SyncHttpClients.builder(Duration.ofSeconds(10)).build();
    }

    public SyncTargetPull.Result run() {
        target.emptyTarget();
        HttpResponse<String> response;
        try {
            response = http.send(HttpRequest.newBuilder(endpoint).timeout(Duration.ofMinutes(30))
                    .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException("POST " + endpoint + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted waiting for POST " + endpoint, e);
        }
        if (response.statusCode() != 200) {
            throw new IllegalStateException("POST " + endpoint + " answered " + response.statusCode() + ": " + response.body());
        }
        JsonObject pulled;
        try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
            pulled = reader.readObject();
        }
        long chunks = pulled.getJsonNumber("fetched").longValue() + pulled.getJsonNumber("deleted").longValue();
        target.checkArrived("the container pull of " + endpoint, chunks);
        return new SyncTargetPull.Result(chunks, pulled.getJsonNumber("bytes").longValue(),
                pulled.getJsonNumber("seconds").doubleValue());
    }
}
