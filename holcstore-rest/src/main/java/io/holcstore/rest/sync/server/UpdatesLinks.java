package io.holcstore.rest.sync.server;

import io.holcstore.store.UpdatePosition;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.TreeMap;

/**
 * The {@code next} and {@code previous} links of an updates page, in the shape of the reference's server (Django
 * REST framework's limit/offset paging): the request's absolute URL with every query parameter re-encoded as
 * Python's {@code urlencode} does and sorted by name, {@code limit} set. Where the reference sets {@code offset} on
 * {@code next}, ours sets {@code after}, the position of the page's last row: a page resumed so cannot shift when
 * rows change between requests, and clients follow {@code next} as given. {@code previous} exists for pages asked by
 * offset only, as the reference's (no {@code offset} on a link back to the first page); a position does not lead
 * back.
 */
public final class UpdatesLinks {
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private final String base;
    private final UpdatesQuery query;

    /**
     * @param requestUri the absolute URI of the request (its query is dropped)
     * @param query      the request's parameters
     */
    public UpdatesLinks(URI requestUri, UpdatesQuery query) {
        String uri = requestUri.toString();
        int start = uri.indexOf('?');
        this.base = start < 0 ? uri : uri.substring(0, start);
        this.query = query;
    }

    /** The link to the page after {@code position}, or null if the listing has no next page. */
    public String next(Optional<UpdatePosition> position) {
        return position.map(after -> link(Map.of(UpdatesQuery.AFTER, after.token()))).orElse(null);
    }

    /** The previous page of a page asked by offset, or null on the first page and on pages asked by position. */
    public String previous() {
        if (query.after().isPresent() || query.offset() <= 0) {
            return null;
        }
        long offset = Math.max(0, query.offset() - query.limit());
        return link(offset > 0 ? Map.of(UpdatesQuery.OFFSET, Long.toString(offset)) : Map.of());
    }

    private String link(Map<String, String> start) {
        Map<String, String> sorted = new TreeMap<>(query.params());
        sorted.remove(UpdatesQuery.OFFSET);
        sorted.remove(UpdatesQuery.AFTER);
        sorted.put(UpdatesQuery.LIMIT, Integer.toString(query.limit()));
        sorted.putAll(start);
        StringJoiner link = new StringJoiner("&", base + "?", "");
        sorted.forEach((name, value) -> link.add(quotePlus(name) + "=" + quotePlus(value)));
        return link.toString();
    }

    /**
     * {@code text} percent-encoded as Python's {@code urllib.parse.quote_plus}: letters, digits and {@code _.-~}
     * kept, space as {@code +}, every other UTF-8 byte as {@code %XX} (unlike {@code URLEncoder}, which keeps
     * {@code *} and encodes {@code ~}).
     */
    static String quotePlus(String text) {
        StringBuilder encoded = new StringBuilder(text.length() + 16);
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
                    || c == '_' || c == '.' || c == '-' || c == '~') {
                encoded.append((char) c);
            } else if (c == ' ') {
                encoded.append('+');
            } else {
                encoded.append('%').append(HEX[c >> 4]).append(HEX[c & 0xF]);
            }
        }
        return encoded.toString();
    }
}
