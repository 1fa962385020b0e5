package io.holcstore.rest.sync.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.holcstore.store.InvalidArgumentException;
import io.holcstore.store.KeyLookup;
import io.holcstore.store.KeyLookup.Comparison;
import io.holcstore.store.SeriesKey;
import io.holcstore.store.UpdatePosition;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The parameter checks of an updates request: every bad or unknown parameter is named. */
class UpdatesQueryTest {
    private static final List<String> KEYS = List.of("kind", "version");

    @Test
    void readsSinceLimitOffsetAndTheFilter() {
        UpdatesQuery query = parse("since", "2000-01-01T00:00:00+01:00", "limit", "2", "offset", "4", "version", "3");
        assertEquals(Instant.parse("1999-12-31T23:00:00Z"), query.since());
        assertEquals(2, query.limit());
        assertEquals(4, query.offset());
        assertEquals(SeriesKey.of("version", "3"), query.filter());
        assertEquals(4, query.params().size(), "every parameter is kept for the links");
    }

    @Test
    void sinceTakesTheReferenceFormsAndAnUnencodedPlus() {
        Instant expected = Instant.parse("2026-11-23T23:08:53.797110Z");
        assertEquals(expected, parse("since", "2026-11-23T23:08:53.797110Z", "limit", "1").since());
        assertEquals(expected, parse("since", "2026-11-24T00:08:53.797110 01:00", "limit", "1").since());
        assertEquals(Instant.parse("2000-01-01T00:00:00Z"), parse("since", "2000-01-01", "limit", "1").since());
        assertEquals(0, parse("since", "2000-01-01", "limit", "1").offset());
    }

    @Test
    void missingOrBadSinceIsNamed() {
        assertEquals("since", refused("limit", "2").argument());
        assertEquals("since", refused("since", "yesterday", "limit", "2").argument());
        assertEquals("since", refused("since", "", "limit", "2").argument());
    }

    @Test
    void instantsOutsideTheYearsAStoreHoldsAreNamedAsTheirParameter() {
        // Beyond the years 1 to 9999 (year 300000, or one no Instant holds) is a 400 naming the parameter, never a raw
        // DateTimeException (a 500) nor an SQL error from the store.
        assertEquals("since", refused("since", "+300000-01-01T00:00:00Z", "limit", "1").argument());
        assertEquals("since", refused("since", "+1000000001-01-01T00:00:00Z", "limit", "1").argument());
        // a readable position beyond them reaches the store, which names it as "after" (ArgumentErrorsTest)
        assertEquals(Instant.parse("+300000-01-01T00:00:00Z"),
                parse("since", "2000-01-01", "limit", "1", "after", "+300000-01-01T00:00:00Z/1").after().orElseThrow().updatedAt());
        assertEquals("after", refused("since", "2000-01-01", "limit", "1", "after", "+1000000001-01-01T00:00:00Z/1").argument());
        assertEquals(Instant.parse("9999-12-31T23:59:59Z"), parse("since", "9999-12-31T23:59:59Z", "limit", "1").since());
    }

    @Test
    void missingOrBadLimitIsNamed() {
        assertEquals("limit", refused("since", "2000-01-01").argument());
        assertEquals("limit", refused("since", "2000-01-01", "limit", "0").argument());
        assertEquals("limit", refused("since", "2000-01-01", "limit", "ten").argument());
    }

    @Test
    void aLimitAboveTheCapIsServedCapped() {
        assertEquals(1000, parse("since", "2000-01-01", "limit", "1000").limit());
        assertEquals(1000, parse("since", "2000-01-01", "limit", "1001").limit());
        assertEquals(1000, parse("since", "2000-01-01", "limit", "99999999999").limit());
        UpdatesQuery capped = parse("since", "2000-01-01", "limit", "5000", "version", "3");
        String next = new UpdatesLinks(URI.create("http://127.0.0.1:8080/api/sync/demo/updates/?limit=5000"), capped)
                .next(Optional.of(new UpdatePosition(Instant.parse("2026-11-23T23:08:53.757606Z"), 12))).toString();
        assertTrue(next.contains("limit=1000&"), "the next page asks the cap: " + next);
    }

    @Test
    void readsTheReferencesLookupsOnKeyFields() {
        UpdatesQuery query = parse("since", "2000-01-01", "limit", "2", "version__gte", "4", "kind__in", "a,b,",
                "version__lt", "9", "kind", "a");

        assertEquals(List.of(new KeyLookup("version", Comparison.GTE, List.of("4")),
                new KeyLookup("kind", Comparison.IN, List.of("a", "b", "")),
                new KeyLookup("version", Comparison.LT, List.of("9"))), query.lookups());
        assertEquals(SeriesKey.of("kind", "a"), query.filter());
        assertEquals("9", query.params().get("version__lt"), "kept for the links");
        assertEquals(List.of(), parse("since", "2000-01-01", "limit", "2").lookups());
    }

    @Test
    void afterIsTheListingPositionOfANextLinkAndExcludesAnOffset() {
        UpdatesQuery query = parse("since", "2000-01-01", "limit", "2", "after", "2026-11-23T23:08:53.757606Z/12");
        assertEquals(Optional.of(new UpdatePosition(Instant.parse("2026-11-23T23:08:53.757606Z"), 12)), query.after());
        assertEquals(0, query.offset());
        assertEquals(Optional.empty(), parse("since", "2000-01-01", "limit", "2").after());
        assertEquals("after", refused("since", "2000-01-01", "limit", "2", "after", "12").argument());
        assertEquals("after", refused("since", "2000-01-01", "limit", "2", "after", "2026-11-23/x").argument());
        assertEquals("offset, after", refused("since", "2000-01-01", "limit", "2", "offset", "2", "after", "2026-11-23T23:08:53Z/1").argument());
    }

    @Test
    void negativeOrBadOffsetIsNamed() {
        assertEquals("offset", refused("since", "2000-01-01", "limit", "2", "offset", "-1").argument());
        assertEquals("offset", refused("since", "2000-01-01", "limit", "2", "offset", "abc").argument());
    }

    @Test
    void unknownNamesAndRepeatsAreNamed() {
        InvalidArgumentException unknown = refused("since", "2000-01-01", "limit", "2", "version__regex", "4", "colour", "red",
                "colour__gte", "1", "__in", "1", "since__gt", "2000-01-01");
        assertEquals("__in, colour, colour__gte, since__gt, version__regex", unknown.argument());
        assertTrue(unknown.getMessage().contains("[__in, __gt, __gte, __lt, __lte]"), unknown.getMessage());
        Map<String, List<String>> twice = Map.of("since", List.of("2000-01-01"), "limit", List.of("1", "2"));
        assertEquals("limit", assertThrows(InvalidArgumentException.class, () -> UpdatesQuery.parse(twice, KEYS, 1000)).argument());
    }

    private static UpdatesQuery parse(String... namesAndValues) {
        return UpdatesQuery.parse(params(namesAndValues), KEYS, 1000);
    }

    private static InvalidArgumentException refused(String... namesAndValues) {
        return assertThrows(InvalidArgumentException.class, () -> parse(namesAndValues));
    }

    private static Map<String, List<String>> params(String... namesAndValues) {
        Map<String, List<String>> params = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            params.put(namesAndValues[i], List.of(namesAndValues[i + 1]));
        }
        return params;
    }
}
