package io.holcstore.store.jdbc;

import static io.holcstore.testing.StoreFixtures.HOUR;
import static io.holcstore.testing.StoreFixtures.key;
import static io.holcstore.testing.StoreFixtures.paris;
import static io.holcstore.testing.StoreFixtures.ramp;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.holcstore.store.ChunkUpdate;
import io.holcstore.store.InvalidArgumentException;
import io.holcstore.store.InvalidKeyException;
import io.holcstore.store.KeyLookup;
import io.holcstore.store.KeyLookup.Comparison;
import io.holcstore.store.SeriesKey;
import io.holcstore.store.UpdatesListing;
import io.holcstore.store.WriteMode;
import io.holcstore.testing.MonthParisSyncStore;
import io.holcstore.testing.StoreTestBase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Lookups on key fields narrow a listing of updates in SQL, as the reference's clients filter ({@code version__gte}),
 * their values converted to the field's type; a value or field the store cannot take is refused naming the field.
 */
class UpdatesLookupTest extends StoreTestBase {
    private static final Instant SINCE = Instant.parse("2000-01-01T00:00:00Z");

    /** Versions 1 to 5 of kind "a", and version 3 of kind "b": one January 2025 chunk each. */
    @BeforeEach
    void writeVersions() {
        for (int version = 1; version <= 5; version++) {
            write(key(version, "a"));
        }
        write(key(3, "b"));
    }

    @Test
    void rangeAndMembershipLookupsNarrowTheListing() {
        assertEquals(List.of("4a", "5a"), listed(SeriesKey.all(), lookup("version", Comparison.GTE, "4")));
        assertEquals(List.of("5a"), listed(SeriesKey.all(), lookup("version", Comparison.GT, "4")));
        assertEquals(List.of("1a", "2a"), listed(SeriesKey.all(), lookup("version", Comparison.LT, "3")));
        assertEquals(List.of("1a", "2a", "3a", "3b"), listed(SeriesKey.all(), lookup("version", Comparison.LTE, 3)));
        assertEquals(List.of("1a", "3a", "3b", "5a"), listed(SeriesKey.all(), new KeyLookup("version", Comparison.IN,
                List.of("1", "3", "5", "7"))));
        assertEquals(List.of("3b"), listed(SeriesKey.of("version", 3), lookup("kind", Comparison.GT, "a")));
        assertEquals(List.of("2a", "3a"), listed(SeriesKey.of("kind", "a"), lookup("version", Comparison.GTE, "2"),
                lookup("version", Comparison.LT, "4")));
    }

    @Test
    void pagesAndTheCountFollowTheLookups() {
        KeyLookup fromTwo = lookup("version", Comparison.GTE, "2");
        UpdatesListing first = db.inTransaction(MonthParisSyncStore.class,
                s -> s.listUpdates(SINCE, SeriesKey.of("kind", "a"), List.of(fromTwo), 2, null, 0));
        UpdatesListing second = db.inTransaction(MonthParisSyncStore.class,
                s -> s.listUpdates(SINCE, SeriesKey.of("kind", "a"), List.of(fromTwo), 2, first.next().orElseThrow(), 0));

        assertEquals(4, first.count());
        assertEquals(List.of("2a", "3a"), names(first.updates()));
        assertEquals(List.of("4a", "5a"), names(second.updates()));
        assertTrue(second.next().isEmpty());
    }

    @Test
    void aValueOrFieldTheStoreCannotTakeIsRefusedNamingTheField() {
        InvalidKeyException badValue = assertThrows(InvalidKeyException.class,
                () -> listed(SeriesKey.all(), lookup("version", Comparison.GTE, "four")));
        InvalidKeyException badField = assertThrows(InvalidKeyException.class,
                () -> listed(SeriesKey.all(), lookup("colour", Comparison.IN, "red")));
        InvalidArgumentException twoValues = assertThrows(InvalidArgumentException.class,
                () -> new KeyLookup("version", Comparison.GT, List.of("1", "2")));

        assertEquals("version", badValue.field().orElseThrow());
        assertTrue(badValue.getMessage().contains("'four'"), badValue.getMessage());
        assertEquals("colour", badField.field().orElseThrow());
        assertEquals("version__gt", twoValues.argument());
    }

    private static void write(SeriesKey key) {
        db.run(MonthParisSyncStore.class, s -> s.setTs(key, ramp(paris("2025-01-10T00:00"), HOUR, 3, 1), WriteMode.UPDATE));
    }

    private static KeyLookup lookup(String field, Comparison comparison, Object value) {
        return new KeyLookup(field, comparison, List.of(value));
    }

    /** The series listed, as version and kind ("3a"), sorted. */
    private static List<String> listed(SeriesKey filter, KeyLookup... lookups) {
        UpdatesListing listing = db.inTransaction(MonthParisSyncStore.class,
                s -> s.listUpdates(SINCE, filter, List.of(lookups), 100, null, 0));
        List<String> names = new ArrayList<>(names(listing.updates()));
        names.sort(null);
        assertEquals(names.size(), listing.count());
        return names;
    }

    private static List<String> names(List<ChunkUpdate> updates) {
        return updates.stream().map(u -> u.key().get("version") + "" + u.key().get("kind")).toList();
    }
}
