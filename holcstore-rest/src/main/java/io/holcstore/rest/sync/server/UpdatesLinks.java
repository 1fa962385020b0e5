package io.holcstore.rest.sync.server;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeMap;

/**
 * The {@code next} and {@code previous} links of an updates page, built as the reference's server (Django REST
 * framework's limit/offset paging) builds them: the request's absolute URL with every query parameter re-encoded
 * as Python's {@code urlencode} does and sorted by name, {@code limit} and {@code offset} set; no {@code offset}
 * on a link back to the first page; no {@code next} on the last page, no {@code previous} on the first.
 */
public final class UpdatesLinks {
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private final String base;
    private final Map<String, String> params;
    private final int limit;
    private final long offset;
    private final long count;

    /**
     * @param requestUri the absolute URI of the request (its query is dropped)
     * @param params     the request's parameters, decoded
     * @param limit      the page size
     * @param offset     the results this page skips
     * @param count      the results of the whole listing
     */
    public UpdatesLinks(URI requestUri, Map<String, String> params, int limit, long offset, long count) {
        String uri = requestUri.toString();
        int query = uri.indexOf('?');
        this.base = query < 0 ? uri : uri.substring(0, query);
        this.params = params;
        this.limit = limit;
        this.offset = offset;
        this.count = count;
    }

    /** The next page, or null if this one reaches the end of the listing. */
    public String next() {
        if (offset + limit >= count) {
            return null;
        }
        return link(offset + limit);
    }

    /** The previous page, or null on the first page. */
    public String previous() {
        if (offset <= 0) {
            return null;
        }
        return link(Math.max(0, offset - limit));
    }

    private String link(long pageOffset) {
        Map<String, String> sorted = new TreeMap<>(params);
        sorted.put(UpdatesQuery.LIMIT, Integer.toString(limit));
        if (pageOffset > 0) {
            sorted.put(UpdatesQuery.OFFSET, Long.toString(pageOffset));
        } else {
            sorted.remove(UpdatesQuery.OFFSET);
        }
        StringJoiner query = new StringJoiner("&", base + "?", "");
        sorted.forEach((name, value) -> query.add(quotePlus(name) + "=" + quotePlus(value)));
        return query.toString();
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
