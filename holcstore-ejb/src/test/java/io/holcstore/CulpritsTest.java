package io.holcstore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.holcstore.series.DuplicateTimestampException;
import io.holcstore.store.InvalidKeyException;
import io.holcstore.store.SeriesAlreadyExistsException;
import io.holcstore.store.SeriesKey;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

class CulpritsTest {
    private static final Instant T = Instant.parse("2025-01-01T00:30:00Z");

    @Test
    void aCulpritReadsBackAsItsType() {
        Culprits culprits = Culprits.of(Culprit.TIMESTAMP, T).and(Culprit.LIMIT, 10L);
        Instant timestamp = culprits.get(Culprit.TIMESTAMP).orElseThrow();
        assertEquals(T, timestamp);
        assertEquals(Optional.of(10L), culprits.get(Culprit.LIMIT));
        assertEquals(Optional.empty(), culprits.get(Culprit.FIELD));
    }

    @Test
    void culpritsKeepTheirOrderAndANullValueIsLeftOut() {
        Culprits culprits = Culprits.of(Culprit.LIMIT, 10L).and(Culprit.FIELD, null).and(Culprit.CONFIG_KEY, "cap");
        List<String> names = new ArrayList<>();
        culprits.forEach((culprit, value) -> names.add(culprit.name()));
        assertEquals(List.of("limit", "configKey"), names);
        assertSame(Culprits.none(), Culprits.of(Culprit.DTYPE, null));
        assertTrue(Culprits.none().isEmpty());
    }

    @Test
    void aValueOfAnotherTypeThanItsCulpritsIsRefused() {
        @SuppressWarnings({"unchecked", "rawtypes"})
        Culprit<Object> untyped = (Culprit) Culprit.LIMIT;
        assertThrows(ClassCastException.class, () -> Culprits.of(untyped, "ten"));
    }

    @Test
    void exceptionsGiveTheirKindAndCulprits() {
        DuplicateTimestampException duplicate = new DuplicateTimestampException(T);
        assertEquals(ErrorKind.DUPLICATE_TIMESTAMP, duplicate.kind());
        assertEquals(Optional.of(T), duplicate.culprits().get(Culprit.TIMESTAMP));
        SeriesKey key = SeriesKey.of("version", 1);
        assertEquals(Optional.of(key), new SeriesAlreadyExistsException("Demo", key).culprits().get(SeriesKey.CULPRIT));
        assertTrue(new InvalidKeyException("no field given").culprits().isEmpty());
        assertEquals(Optional.of("colour"), new InvalidKeyException("colour", "no field 'colour'").culprits().get(Culprit.FIELD));
    }
}
