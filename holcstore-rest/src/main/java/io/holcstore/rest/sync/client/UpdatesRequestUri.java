package io.holcstore.rest.sync.client;

import io.holcstore.rest.sync.wire.WireDatetimes;
import io.holcstore.store.SeriesKey;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.StringJoiner;

/**
 * The URL of the first updates page of a walk, {@code {base}updates/?since=<ISO>&limit=N&<field>=<value>...}, every
 * name and value percent-encoded: an unencoded {@code +} of an offset would reach the server as a space. Later pages
 * are the server's {@code next} links, followed as given.
 */
public final class UpdatesRequestUri {

    private UpdatesRequestUri() {
    }

    /** @param base the sync URL of the store, ending with {@code /} */
    public static URI first(URI base, Instant since, SeriesKey filter, int pageSize) {
        StringJoiner query = new StringJoiner("&");
        add(query, "since", WireDatetimes.format(since));
        add(query, "limit", Integer.toString(pageSize));
        filter.fields().forEach((field, value) -> add(query, field, String.valueOf(value)));
        return URI.create(base.resolve("updates/") + "?" + query);
    }

    private static void add(StringJoiner query, String name, String value) {
        query.add(URLEncoder.encode(name, StandardCharsets.UTF_8) + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
    }
}
